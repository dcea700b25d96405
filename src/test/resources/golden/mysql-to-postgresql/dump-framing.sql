-- mysqldump framing: version comments, SET/LOCK lines, DELIMITER with routines, triggers, views and events (unsupported until their issue), data INSERTs.
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40103 SET TIME_ZONE='+00:00' */;
DROP TABLE IF EXISTS `t`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE `t` (
  `id` int NOT NULL,
  /*!50705 `shape` geometry DEFAULT NULL,*/
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
LOCK TABLES `t` WRITE;
INSERT INTO `t` VALUES (1, NULL);
UNLOCK TABLES;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `t_bi` BEFORE INSERT ON `t` FOR EACH ROW BEGIN
  SET NEW.id = NEW.id + 0;
END */;;
DELIMITER ;
CREATE VIEW `v` AS SELECT `id` FROM `t`;
DELIMITER //
CREATE FUNCTION `f`(x INT) RETURNS int DETERMINISTIC
BEGIN
  RETURN x + 1;
END //
DELIMITER ;
CREATE EVENT `e` ON SCHEDULE EVERY 1 DAY DO DELETE FROM `t`;
GRANT SELECT ON `t` TO 'reader'@'%';
