-- Checks of alexandria-plsql's core utility packages, run by scripts/compare-plsql-with-ora2pg.sh
-- against either tool's output (see hr.sql for the format); the expected values are what the
-- packages' bodies compute on Oracle.
SELECT 1;

-- check: string_util_pkg.get_str fills the %n placeholders
SELECT CASE WHEN string_util_pkg.get_str('Hello %1 and %2', 'A', 'B') = 'Hello A and B' THEN 'PASS' END;

-- check: string_util_pkg.get_nth_token returns the second token
SELECT CASE WHEN string_util_pkg.get_nth_token('a;b;c', '2', ';') = 'b' THEN 'PASS' END;

-- check: math_util_pkg.safediv divides, and gives 0 for a zero divisor
SELECT CASE WHEN math_util_pkg.safediv('10', '4') = 2.5 AND math_util_pkg.safediv('10', '0') = 0 THEN 'PASS' END;

-- check: date_util_pkg.get_days_in_month counts February 2024
SELECT CASE WHEN date_util_pkg.get_days_in_month('2024', '2') = 29 THEN 'PASS' END;
