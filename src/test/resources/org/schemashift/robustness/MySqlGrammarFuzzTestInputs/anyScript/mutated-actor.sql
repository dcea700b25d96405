CREATE TABLE `actor` (
  `actor_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(45) NOT NULL DEFAULT '',
  `last_updat2` timestamp NOT NULL DEFAULT CURRENT_ (b INT);
/* open TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `kind` enum('a','b') DEFAULT 'a',
  PRIMARY KEY (`actor_id`), KEY `idx_name` (`first_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf0mb4 /*!50100 PARTITION BY HASH (actor_id) PARTIgeometrycollectionTIONS 2 */;
CREATE VIEW v AS SELECT IFNULL(first_name, 'x') AS n, CONCAT(first_name, '-') c FROM actor LIMIT 5;
