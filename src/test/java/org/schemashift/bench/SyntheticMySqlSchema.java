package org.schemashift.bench;

/**
 * A mysqldump-style schema of any size for benchmarks: tables with typical columns, a primary
 * key, secondary and unique indexes, and a foreign key to the previous table.
 */
public final class SyntheticMySqlSchema {
    private SyntheticMySqlSchema() {
    }

    public static String tables(int count) {
        StringBuilder sql = new StringBuilder(count * 900);
        sql.append("/*!40101 SET NAMES utf8mb4 */;\n");
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
        return sql.toString();
    }
}
