-- Naming policy: case folding, reserved words quoted, 63-byte limit, index names unique per schema.
CREATE DATABASE IF NOT EXISTS `Shop`;
USE `Shop`;
CREATE TABLE `User` (
  `ID` INT NOT NULL,
  `Order` INT,
  `select` VARCHAR(10),
  `column with space` INT,
  `a_very_long_column_name_that_goes_on_and_on_beyond_the_postgres_limit` INT,
  PRIMARY KEY (`ID`),
  KEY `idx_order` (`Order`)
);
CREATE TABLE `group` (
  `id` INT NOT NULL PRIMARY KEY,
  `user_id` INT,
  KEY `idx_order` (`user_id`),
  KEY `an_index_name_that_is_far_too_long_for_postgresql_identifiers_limit` (`user_id`),
  CONSTRAINT `fk_group_user` FOREIGN KEY (`user_id`) REFERENCES `User` (`ID`)
);
