package org.schemashift.bench;

/**
 * A mysqldump-style schema of any size for benchmarks: tables with typical columns, a primary
 * key, secondary and unique indexes, and a foreign key to the previous table; views with IFNULL,
 * IF, CONCAT and DATE_FORMAT; procedures (cursor and NOT FOUND handler), functions and triggers.
 */
public final class SyntheticMySqlSchema {
    private SyntheticMySqlSchema() {
    }

    public static String tables(int count) {
        return generate(count, 0, 0);
    }

    public static String generate(int tables, int views, int routines) {
        StringBuilder sql = new StringBuilder(tables * 900 + views * 400 + routines * 700);
        sql.append("/*!40101 SET NAMES utf8mb4 */;\n");
        tables(sql, tables);
        for (int i = 0; i < views; i++) view(sql, i, tables);
        if (routines > 0) sql.append("DELIMITER ;;\n");
        for (int i = 0; i < routines; i++) routine(sql, i, tables);
        if (routines > 0) sql.append("DELIMITER ;\n");
        return sql.toString();
    }

    private static void tables(StringBuilder sql, int count) {
        for (int i = 0; i < count; i++) {
            sql.append("DROP TABLE IF EXISTS `t").append(i).append("`;\n")
                    .append("CREATE TABLE `t").append(i).append("` (\n")
                    .append("  `id` bigint unsigned NOT NULL AUTO_INCREMENT,\n")
                    .append("  `parent_id` bigint unsigned DEFAULT NULL,\n")
                    .append("  `code` varchar(40) NOT NULL,\n")
                    .append("  `name` varchar(255) NOT NULL DEFAULT '',\n")
                    .append("  `amount` decimal(12,2) NOT NULL DEFAULT '0.00',\n")
                    .append("  `status` enum('new','open','closed') NOT NULL DEFAULT 'new',\n")
                    .append("  `active` tinyint(1) NOT NULL DEFAULT '1',\n")
                    .append("  `notes` text,\n")
                    .append("  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,\n")
                    .append("  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n")
                    .append("  PRIMARY KEY (`id`),\n")
                    .append("  UNIQUE KEY `uk_code` (`code`),\n")
                    .append("  KEY `idx_name` (`name`(32)),\n")
                    .append("  KEY `idx_parent` (`parent_id`)");
            if (i > 0) {
                sql.append(",\n  CONSTRAINT `fk_t").append(i).append("_parent` FOREIGN KEY (`parent_id`) REFERENCES `t")
                        .append(i - 1).append("` (`id`) ON DELETE SET NULL");
            }
            sql.append("\n) ENGINE=InnoDB AUTO_INCREMENT=").append(i + 1).append(" DEFAULT CHARSET=utf8mb4 COMMENT='table ")
                    .append(i).append("';\n\n");
        }
    }

    private static void view(StringBuilder sql, int i, int tables) {
        int a = tables == 0 ? 0 : i % tables;
        int b = tables == 0 ? 0 : (i + 1) % tables;
        sql.append("CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v").append(i).append("` AS ")
                .append("select `a`.`id` AS `id`,ifnull(`a`.`name`,'-') AS `name`,if(`a`.`active`,'yes','no') AS `active_text`,")
                .append("concat(`a`.`code`,'/',`b`.`code`) AS `codes`,date_format(`a`.`created_at`,'%Y-%m-%d') AS `created_day` ")
                .append("from (`t").append(a).append("` `a` left join `t").append(b).append("` `b` on((`a`.`id` = `b`.`parent_id`))) ")
                .append("limit 1000;\n\n");
    }

    /** Routines cycle through a procedure, a function and a trigger, as mysqldump writes them. */
    private static void routine(StringBuilder sql, int i, int tables) {
        String t = "`t" + (tables == 0 ? 0 : i % tables) + "`";
        switch (i % 3) {
            case 0 -> sql.append("CREATE DEFINER=`root`@`localhost` PROCEDURE `p").append(i)
                    .append("`(IN p_parent BIGINT, OUT p_total DECIMAL(14,2))\nBEGIN\n")
                    .append("  DECLARE done INT DEFAULT FALSE;\n")
                    .append("  DECLARE v_amount DECIMAL(12,2);\n")
                    .append("  DECLARE c CURSOR FOR SELECT amount FROM ").append(t).append(" WHERE parent_id = p_parent;\n")
                    .append("  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;\n")
                    .append("  SET p_total = 0;\n")
                    .append("  OPEN c;\n")
                    .append("  read_loop: LOOP\n")
                    .append("    FETCH c INTO v_amount;\n")
                    .append("    IF done THEN LEAVE read_loop; END IF;\n")
                    .append("    SET p_total = p_total + IFNULL(v_amount, 0);\n")
                    .append("  END LOOP;\n")
                    .append("  CLOSE c;\n")
                    .append("END ;;\n");
            case 1 -> sql.append("CREATE DEFINER=`root`@`localhost` FUNCTION `f").append(i)
                    .append("`(p_code VARCHAR(40)) RETURNS bigint\n    READS SQL DATA\nBEGIN\n")
                    .append("  DECLARE v_id BIGINT;\n")
                    .append("  SELECT id INTO v_id FROM ").append(t).append(" WHERE code = UPPER(p_code) LIMIT 1;\n")
                    .append("  RETURN IFNULL(v_id, -1);\n")
                    .append("END ;;\n");
            default -> sql.append("/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `tr").append(i)
                    .append("` BEFORE INSERT ON ").append(t).append(" FOR EACH ROW BEGIN\n")
                    .append("  SET NEW.code = UPPER(TRIM(NEW.code));\n")
                    .append("  IF NEW.name = '' THEN SET NEW.name = CONCAT('auto-', NEW.code); END IF;\n")
                    .append("END */;;\n");
        }
    }
}
