-- Defaults that MySQL 8.0 and MariaDB both take as written, and the ones that need a new spelling:
-- bit literals (b'101' is written as its number: X'5' is not valid MySQL), a zero date (rejected by
-- MySQL 8.0's default SQL mode), ON UPDATE kept natively.
CREATE TABLE flags (
  id int NOT NULL PRIMARY KEY,
  active bit(1) NOT NULL DEFAULT b'1',
  mask bit(3) DEFAULT b'101',
  tag varbinary(4) DEFAULT x'0A0B',
  born date DEFAULT '0000-00-00',
  amount decimal(8,2) NOT NULL DEFAULT '0.00',
  note varchar(20) DEFAULT 'it''s',
  changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
);
