-- A statement that does not parse is reported with line, column and what was expected; the rest converts.
CREATE TABLE before_error (id INT PRIMARY KEY);
CREATE TABLE broken (id INT PRIMARY KEY,, name VARCHAR(10));
CREATE TABLE after_error (id INT PRIMARY KEY, before_id INT REFERENCES before_error (id));
