-- Checks of HR's code (hr_code.sql), run by scripts/compare-plsql-with-ora2pg.sh against either
-- tool's output. The setup commits; each check (after a `-- check:` line) runs in its own session,
-- is rolled back, and passes when it ends without error and prints PASS. secure_dml allows changes
-- on weekdays from 08:00 to 18:00 only (Oracle's SYSDATE, the session's time): the checks choose a
-- time zone where it is now office hours, or not. Arguments are untyped literals, so a routine
-- takes them whatever numeric or date types a tool chose for its parameters.
CREATE FUNCTION check_zone(office boolean) RETURNS text LANGUAGE sql AS $$
    SELECT name FROM pg_timezone_names
    WHERE name ~ '^Etc/GMT[+-][0-9]+$'
      AND (to_char(now() AT TIME ZONE name, 'HH24:MI') BETWEEN '09:00' AND '17:00'
           AND to_char(now() AT TIME ZONE name, 'DY') NOT IN ('SAT', 'SUN')) = office
    ORDER BY name LIMIT 1 $$;
-- the rows, without firing the code under test
SET session_replication_role = replica;
INSERT INTO regions (region_id, region_name) VALUES (1, 'Europe');
INSERT INTO countries (country_id, country_name, region_id) VALUES ('UK', 'United Kingdom', 1);
INSERT INTO locations (location_id, street_address, postal_code, city, state_province, country_id)
    VALUES (2400, '8204 Arthur St', NULL, 'London', NULL, 'UK');
INSERT INTO departments (department_id, department_name, manager_id, location_id)
    VALUES (40, 'Human Resources', NULL, 2400), (110, 'Accounting', NULL, 2400);
INSERT INTO jobs (job_id, job_title, min_salary, max_salary)
    VALUES ('HR_REP', 'Human Resources Representative', 4000, 9000), ('AC_ACCOUNT', 'Public Accountant', 4200, 9000);
INSERT INTO employees (employee_id, first_name, last_name, email, phone_number, hire_date, job_id, salary,
                       commission_pct, manager_id, department_id)
    VALUES (203, 'Susan', 'Mavris', 'SMAVRIS', '1.515.555.0165', DATE '2012-06-07', 'HR_REP', 6500, NULL, NULL, 40);

-- check: add_job_history inserts one job_history row
CALL add_job_history('203', '2010-01-01', '2012-06-06', 'AC_ACCOUNT', '110');
SELECT CASE WHEN count(*) = 1 THEN 'PASS' END FROM job_history WHERE employee_id = 203 AND job_id = 'AC_ACCOUNT';

-- check: secure_dml lets a change through in office hours
SELECT set_config('TimeZone', check_zone(true), false) IS NOT NULL;
CALL secure_dml();
SELECT 'PASS';

-- check: update_job_history keeps the old job when an employee changes job (in office hours)
SELECT set_config('TimeZone', check_zone(true), false) IS NOT NULL;
UPDATE employees SET job_id = 'AC_ACCOUNT', department_id = 110 WHERE employee_id = 203;
SELECT CASE WHEN count(*) = 1 THEN 'PASS' END FROM job_history
WHERE employee_id = 203 AND job_id = 'HR_REP' AND department_id = 40 AND start_date = DATE '2012-06-07';

-- check: secure_employees stays disabled, as hr_code.sql leaves it: a change outside office hours goes through
-- (hr_code.sql ends with ALTER TRIGGER secure_employees DISABLE; secure_dml itself still refuses when called)
SELECT set_config('TimeZone', check_zone(false), false) IS NOT NULL;
UPDATE employees SET salary = salary + 1 WHERE employee_id = 203;
SELECT CASE WHEN count(*) = 1 THEN 'PASS' END FROM employees WHERE employee_id = 203;
