package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.mysql.MySqlTestSupport.FILE;
import static org.schemashift.source.mysql.MySqlTestSupport.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.source.RawStatement;

/** Statement boundaries: delimiters, quotes, comments, version comments, and where each statement starts. */
class MySqlStatementSplittingTest {

    @Test
    void delimiterChangesCutRoutinesTriggersAndEventsAtTheirLines() {
        List<SourceStatement> statements = read("""
                CREATE TABLE film (id INT);
                DELIMITER ;;
                CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN
                    INSERT INTO film_text (film_id) VALUES (new.id);
                  END ;;
                DELIMITER ;
                DELIMITER $$
                CREATE DEFINER=`root`@`localhost` PROCEDURE `sakila`.`rewards_report`(IN min INT)
                BEGIN
                  DECLARE x INT; SET x = 1;
                END $$
                DELIMITER ;
                DELIMITER //
                CREATE FUNCTION get_balance(p INT) RETURNS DECIMAL(5,2)
                BEGIN RETURN 1; END //
                CREATE DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW actor_info AS SELECT 1 //
                CREATE EVENT ev ON SCHEDULE EVERY 1 DAY DO DELETE FROM t; //
                DELIMITER ;
                CREATE TABLE after_routines (id INT);
                """);
        assertThat(statements).extracting(SourceStatement::kind).containsExactly(ObjectKind.TABLE, ObjectKind.TRIGGER,
                ObjectKind.PROCEDURE, ObjectKind.FUNCTION, ObjectKind.VIEW, ObjectKind.EVENT, ObjectKind.TABLE);
        assertThat(statements).extracting(SourceStatement::name).containsExactly("film", "ins_film",
                "sakila.rewards_report", "get_balance", "actor_info", "ev", "after_routines");
        assertThat(statements).extracting(s -> s.span().line()).containsExactly(1, 3, 8, 14, 16, 17, 19);
        assertThat(statements.subList(1, 6)).extracting(SourceStatement::disposition).containsOnly(Disposition.PARSED);
        // an event is a procedure and an item with the pg_cron call that schedules it
        assertThat(statements.get(5).actionItems()).singleElement().satisfies(i -> {
            assertThat(i.code().code()).isEqualTo("SS-MY-0152");
            assertThat(i.message()).contains("SELECT cron.schedule('ev', '0 0 * * *', 'CALL ev()')");
        });
        assertThat(statements.get(1).text()).startsWith("CREATE TRIGGER").endsWith("END");
        assertThat(statements.get(2).text()).contains("DECLARE x INT; SET x = 1;");
        assertThat(statements.get(6).disposition()).isEqualTo(Disposition.PARSED);
    }

    @Test
    void versionCommentsAreCodeAndKeepPositions() {
        List<SourceStatement> statements = read("""
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                CREATE TABLE address (
                  id INT,
                  /*!50705 location GEOMETRY NOT NULL,*/
                  /*!50705 SPATIAL KEY `idx_location` (location),*/
                  /* a plain comment, not code: dropped INT, */
                  phone VARCHAR(20)
                );
                /*!50610 ALTER TABLE film_text engine=InnoDB */;
                /*M!999999\\- enable the sandbox mode */
                CREATE TABLE t2 (a INT);
                """);
        assertThat(statements).hasSize(4);
        assertThat(statements.get(0).disposition()).isEqualTo(Disposition.IGNORED);
        assertThat(statements.get(0).span()).isEqualTo(new SourceSpan(FILE, 1, 10));
        Table address = ((SchemaChange.CreateTable) statements.get(1).changes().get(0)).table();
        assertThat(address.columns()).extracting(c -> c.name()).containsExactly("id", "location", "phone");
        assertThat(address.column("location").span()).isEqualTo(new SourceSpan(FILE, 4, 12));
        assertThat(address.indexes()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("idx_location"));
        SchemaChange.AlterTable alter = (SchemaChange.AlterTable) statements.get(2).changes().get(0);
        assertThat(alter.table().name()).isEqualTo("film_text");
        assertThat(statements.get(2).text()).isEqualTo("ALTER TABLE film_text engine=InnoDB");
        assertThat(statements.get(3).name()).isEqualTo("t2");
    }

    @Test
    void delimitersInsideQuotesAndCommentsDoNotSplit() {
        List<SourceStatement> statements = read("""
                -- leading comment; not a statement
                # another; comment
                CREATE TABLE `semi;colon` (
                  a VARCHAR(10) DEFAULT 'it''s; fine',
                  b VARCHAR(10) DEFAULT "say \\"hi\\"; ok", -- trailing; comment
                  c INT /* block; comment */ COMMENT 'back\\\\slash'
                );
                --(note) between statements
                CREATE TABLE t2 (a INT)""");
        assertThat(statements).hasSize(2);
        Table t = ((SchemaChange.CreateTable) statements.get(0).changes().get(0)).table();
        assertThat(t.name().name()).isEqualTo("semi;colon");
        assertThat(t.span()).isEqualTo(new SourceSpan(FILE, 3, 1));
        assertThat(t.column("a").defaultValue().sourceText()).isEqualTo("'it''s; fine'");
        assertThat(t.column("b").defaultValue().node().toString()).isEqualTo("'say \"hi\"; ok'");
        assertThat(t.column("c").comment()).isEqualTo("back\\slash");
        assertThat(statements.get(1).span()).isEqualTo(new SourceSpan(FILE, 9, 1));
        assertThat(statements.get(1).disposition()).isEqualTo(Disposition.PARSED);
    }

    @Test
    void splitterIsLinearOnLargeFiles() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            script.append("INSERT INTO t VALUES (").append(i).append(", 'x;y');\n");
        }
        List<RawStatement> statements = MySqlStatementSplitter.split(script.toString());
        assertThat(statements).hasSize(100_000);
        assertThat(statements.get(99_999).line()).isEqualTo(100_000);
    }
}
