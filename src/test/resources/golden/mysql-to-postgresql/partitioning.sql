-- PARTITION BY is reported and the table created unpartitioned.
CREATE TABLE salaries (
  emp_no INT NOT NULL,
  salary INT NOT NULL,
  from_date DATE NOT NULL,
  to_date DATE NOT NULL,
  PRIMARY KEY (emp_no, from_date)
) ENGINE=InnoDB
PARTITION BY RANGE (YEAR(from_date)) (
  PARTITION p01 VALUES LESS THAN (1990),
  PARTITION p02 VALUES LESS THAN MAXVALUE
);
