-- Defaults (literals, expressions, CURRENT_TIMESTAMP(fsp), zero dates), ON UPDATE, generated and invisible columns.
CREATE TABLE `events` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL DEFAULT (uuid()),
  `kind` VARCHAR(20) NOT NULL DEFAULT 'info',
  `score` DECIMAL(5,2) DEFAULT '0.00',
  `happened_on` DATE NOT NULL DEFAULT '0000-00-00',
  `created` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `modified` TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  `touched` DATETIME DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `first_name` VARCHAR(50),
  `last_name` VARCHAR(50),
  `full_name` VARCHAR(101) GENERATED ALWAYS AS (CONCAT(`first_name`, ' ', `last_name`)) VIRTUAL,
  `name_len` INT AS (CHAR_LENGTH(`first_name`)) STORED,
  `fallback` VARCHAR(50) AS (IFNULL(`first_name`, 'anonymous')) STORED,
  `secret` VARCHAR(20) INVISIBLE,
  `formatted` VARCHAR(40) DEFAULT (DATE_FORMAT(NOW(), '%Y')),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1000 COMMENT='What happened, and when';
