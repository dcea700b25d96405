package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * MySQL views run on MariaDB as written and on PostgreSQL as converted, over the same rows, give
 * the same result sets (compared as sorted rows of text: no view here has an ORDER BY that a
 * LIMIT depends on). The source schema is created on MariaDB, the converted one on PostgreSQL;
 * the corpora get a few generated rows per table in both ({@link MySqlCorpusOnBoth}).
 */
class MySqlViewsOnBothServersTest {

    @Test
    void expressionViewsGiveTheSameRows() throws Exception {
        String source = """
                CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20), note VARCHAR(20), d DATE, ts DATETIME,
                  amount DECIMAL(8,2), qty INT);
                CREATE VIEW v_null AS SELECT id, IFNULL(note, 'none') AS n, IF(qty > 1, 'many', 'few') AS q,
                  CONCAT(name, '-', note) AS c, CONCAT_WS('/', name, note, 'x') AS cw FROM item;
                CREATE VIEW v_ops AS SELECT id, qty DIV 2 AS half, note <=> name AS same, (qty > 1 || amount > 2) AS either,
                  name REGEXP '^NAME' AS rx, name RLIKE 'x$' AS rl FROM item;
                CREATE VIEW v_dates AS SELECT id, DATE_ADD(d, INTERVAL 1 MONTH) AS next_month, DATE_SUB(d, INTERVAL 2 DAY) AS before2,
                  d + INTERVAL 1 WEEK AS next_week, DATEDIFF(d, '2024-01-01') AS days, TIMESTAMPDIFF(HOUR, '2024-01-01 00:00:00', ts) AS hours,
                  DATE_FORMAT(ts, '%Y-%m-%d %H:%i:%s') AS f1, DATE_FORMAT(d, '%e %b %Y, %W') AS f2,
                  STR_TO_DATE('31/01/2024', '%d/%m/%Y') AS parsed FROM item;
                CREATE VIEW v_months AS SELECT id, TIMESTAMPDIFF(MONTH, d, ts) AS m, TIMESTAMPDIFF(MONTH, ts, '2023-11-30 10:15:00') AS back,
                  TIMESTAMPDIFF(MONTH, '2024-01-31 10:15:01', ts) AS almost, TIMESTAMPDIFF(QUARTER, '2023-01-31', d) AS q,
                  TIMESTAMPDIFF(YEAR, '2020-02-29', d) AS y, UNIX_TIMESTAMP(ts) AS unix, FROM_UNIXTIME(1700000000 + id) AS back_from_unix
                  FROM item;
                CREATE VIEW v_agg AS SELECT qty > 1 AS big, GROUP_CONCAT(name ORDER BY id DESC SEPARATOR '; ') AS names,
                  GROUP_CONCAT(DISTINCT qty) AS qtys, COUNT(*) AS n FROM item GROUP BY qty > 1;
                CREATE OR REPLACE ALGORITHM=MERGE SQL SECURITY DEFINER VIEW v_limit (k, label) AS
                  SELECT id, `name` FROM item ORDER BY id LIMIT 1, 2;
                """;
        String rows = """
                INSERT INTO item VALUES (1, 'NAME one', NULL, '2024-01-31', '2024-01-31 10:15:00', 1.50, 1);
                INSERT INTO item VALUES (2, 'name twox', 'name twox', '2024-02-29', '2024-03-01 23:59:59', 2.25, 2);
                INSERT INTO item VALUES (3, 'three', 'n3', '2023-12-31', '2024-01-01 00:00:00', 3.00, 3);
                """;
        try (Connection maria = SharedMariaDb.freshDatabase("views_expr");
             Connection pg = SharedPostgres.freshDatabase("views_expr")) {
            SharedMariaDb.runScript(maria, source + rows);
            SharedPostgres.runScript(pg, SchemaScript.render(convert(source)) + rows);
            // UNIX time agrees where MySQL's session time zone is UTC (SS-MY-0116 otherwise).
            try (Statement m = maria.createStatement(); Statement p = pg.createStatement()) {
                m.execute("SET time_zone = '+00:00'");
                p.execute("SET TIME ZONE 'UTC'");
            }
            for (String view : List.of("v_null", "v_ops", "v_dates", "v_months", "v_agg", "v_limit")) {
                assertThat(rows(pg, view)).as(view).isEqualTo(rows(maria, view));
            }
        }
    }

    /**
     * mysqldump writes a placeholder for each view (a table before MySQL 5.7.?, a SELECT 1 view
     * after) and the real view at the end in version comments, after dropping the placeholder: the
     * placeholder never reaches the converted schema.
     */
    @Test
    void mysqldumpViewPlaceholdersAreReplacedByTheViews() throws Exception {
        String source = """
                CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10));
                DROP TABLE IF EXISTS `v_old`;
                /*!50001 DROP VIEW IF EXISTS `v_old`*/;
                /*!50001 CREATE TABLE `v_old` (
                  `id` tinyint NOT NULL,
                  `name` tinyint NOT NULL
                ) ENGINE=MyISAM */;
                /*!50001 DROP VIEW IF EXISTS `v_new`*/;
                /*!50001 CREATE VIEW `v_new` AS SELECT
                 1 AS `id`,
                 1 AS `name` */;
                /*!50001 DROP TABLE IF EXISTS `v_old`*/;
                /*!50001 DROP VIEW IF EXISTS `v_old`*/;
                /*!50001 CREATE ALGORITHM=UNDEFINED */
                /*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
                /*!50001 VIEW `v_old` AS select `t`.`id` AS `id`,`t`.`name` AS `name` from `t` */;
                /*!50001 DROP VIEW IF EXISTS `v_new`*/;
                /*!50001 CREATE ALGORITHM=UNDEFINED */
                /*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
                /*!50001 VIEW `v_new` AS select `t`.`id` AS `id`,upper(`t`.`name`) AS `name` from `t` */;
                """;
        String rows = "INSERT INTO t VALUES (1, 'a');\nINSERT INTO t VALUES (2, NULL);\n";
        ConversionResult result = convert(source);
        String script = SchemaScript.render(result);
        assertThat(script).doesNotContain("CREATE TABLE v_old").contains("CREATE VIEW v_old").contains("CREATE VIEW v_new");
        try (Connection maria = SharedMariaDb.freshDatabase("views_dump");
             Connection pg = SharedPostgres.freshDatabase("views_dump")) {
            SharedMariaDb.runScript(maria, source + rows);
            SharedPostgres.runScript(pg, script + rows);
            for (String view : List.of("v_old", "v_new")) {
                assertThat(rows(pg, view)).as(view).isEqualTo(rows(maria, view));
            }
        }
    }

    @Test
    void sakilaViewsGiveTheSameRows() throws Exception {
        String source = Files.readString(Corpora.path("mysql-sakila/sakila-mv-schema.sql"));
        compareCorpus(source, "sakila", "sakila", List.of("customer_list", "film_list", "nicer_but_slower_film_list",
                "staff_list", "sales_by_store", "sales_by_film_category", "actor_info"));
    }

    @Test
    void employeesViewsGiveTheSameRows() throws Exception {
        String file = Files.readString(Corpora.path("mysql-employees/employees.sql"));
        String source = file.substring(0, file.indexOf("flush "));
        compareCorpus(source, "employees", "employees", List.of("dept_emp_latest_date", "current_dept_emp"));
    }

    private static void compareCorpus(String source, String database, String pgSchema, List<String> views) throws Exception {
        try (MySqlCorpusOnBoth both = new MySqlCorpusOnBoth(source, database, pgSchema)) {
            for (String view : views) {
                assertThat(rows(both.pg, view)).as(view).isEqualTo(rows(both.maria, view));
            }
        }
    }

    private static ConversionResult convert(String source) throws Exception {
        return MySqlCorpusOnBoth.convert(source);
    }

    private static List<String> rows(Connection db, String view) throws Exception {
        return MySqlCorpusOnBoth.rows(db, "SELECT * FROM " + view);
    }
}
