-- Primary, unique, foreign keys with actions, checks, and every MySQL index kind.
CREATE TABLE `parent` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `code` VARCHAR(10) NOT NULL UNIQUE,
  `title` VARCHAR(500) NOT NULL,
  `body` TEXT,
  `area` GEOMETRY NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=42;

CREATE TABLE `child` (
  `parent_id` INT NOT NULL,
  `seq` INT NOT NULL,
  `other_id` INT DEFAULT NULL,
  `qty` INT NOT NULL CHECK (`qty` > 0),
  `label` VARCHAR(300),
  PRIMARY KEY (`parent_id`, `seq`),
  UNIQUE KEY `uq_label_prefix` (`label`(50)),
  KEY `idx_label` (`label`(20)),
  KEY `idx_multi` (`parent_id` DESC, `other_id`),
  KEY `idx_expr` ((lower(`label`))),
  CONSTRAINT `fk_child_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT `fk_child_other` FOREIGN KEY (`other_id`) REFERENCES `parent` (`id`) ON DELETE SET NULL,
  CONSTRAINT `chk_seq` CHECK (`seq` BETWEEN 1 AND 1000),
  CONSTRAINT `chk_soft` CHECK (`qty` < 100) NOT ENFORCED
);

CREATE FULLTEXT INDEX `ft_parent` ON `parent` (`title`, `body`);
CREATE SPATIAL INDEX `sp_area` ON `parent` (`area`);
CREATE UNIQUE INDEX `idx_label` USING HASH ON `parent` (`title`(100));
CREATE TABLE `dangling` (`id` INT PRIMARY KEY, `elsewhere_id` INT,
  CONSTRAINT `fk_dangling_elsewhere` FOREIGN KEY (`elsewhere_id`) REFERENCES `elsewhere` (`id`));
CREATE TABLE `loose_ref` (`id` INT PRIMARY KEY, `child_seq` INT,
  CONSTRAINT `fk_loose_ref_seq` FOREIGN KEY (`child_seq`) REFERENCES `child` (`seq`));
