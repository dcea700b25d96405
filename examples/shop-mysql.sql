-- A small shop schema as `mysqldump --no-data --routines` writes it: the bundled example.
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;
USE `shop`;

DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL COMMENT 'login name',
  `name` varchar(100) NOT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `tier` enum('bronze','silver','gold') NOT NULL DEFAULT 'bronze',
  `tags` set('new','vip','wholesale') DEFAULT NULL,
  `born_on` date DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `legacy_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_customer_email` (`email`),
  KEY `idx_customer_name` (`name`(20))
) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COMMENT='People who buy things';

DROP TABLE IF EXISTS `product`;
CREATE TABLE `product` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `sku` char(12) NOT NULL,
  `title` varchar(200) NOT NULL,
  `description` mediumtext,
  `price` decimal(10,2) NOT NULL DEFAULT '0.00',
  `weight_kg` float(7,3) DEFAULT NULL,
  `attributes` json DEFAULT NULL,
  `picture` mediumblob,
  `flags` bit(8) NOT NULL DEFAULT b'00000000',
  PRIMARY KEY (`id`),
  UNIQUE KEY `sku` (`sku`),
  FULLTEXT KEY `ft_product_text` (`title`,`description`),
  CONSTRAINT `chk_price_positive` CHECK ((`price` >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DROP TABLE IF EXISTS `order`;
CREATE TABLE `order` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL,
  `placed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` varchar(20) NOT NULL DEFAULT 'new',
  `total` decimal(12,2) GENERATED ALWAYS AS (0) VIRTUAL,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  CONSTRAINT `fk_order_customer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DROP TABLE IF EXISTS `order_line`;
CREATE TABLE `order_line` (
  `order_id` bigint unsigned NOT NULL,
  `line_no` smallint unsigned NOT NULL,
  `product_id` bigint unsigned NOT NULL,
  `quantity` int NOT NULL DEFAULT '1',
  `unit_price` decimal(10,2) NOT NULL,
  `line_total` decimal(12,2) GENERATED ALWAYS AS ((`quantity` * `unit_price`)) STORED,
  PRIMARY KEY (`order_id`,`line_no`),
  KEY `idx_customer` (`product_id`),
  CONSTRAINT `fk_line_order` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_line_product` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`),
  CONSTRAINT `chk_quantity` CHECK ((`quantity` > 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `product` ADD COLUMN `discontinued_at` datetime NULL AFTER `flags`;
CREATE INDEX `idx_product_title` ON `product` (`title`);

DELIMITER ;;
CREATE DEFINER=`root`@`localhost` PROCEDURE `close_order`(IN p_id BIGINT)
BEGIN
  UPDATE `order` SET status = 'closed' WHERE id = p_id;
END ;;
DELIMITER ;

/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
