package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL functions converted to PL/pgSQL return what they return on MariaDB, for a table of inputs. */
class MySqlRoutinesOnBothTest {

    @Test
    void functionWithDeclareSetIfAndSelectIntoReturnsTheSameOnBothServers() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, price DECIMAL(8,2), qty INT);
                DELIMITER $$
                CREATE DEFINER=`root`@`localhost` FUNCTION item_total(p_id INT) RETURNS DECIMAL(12,2)
                    READS SQL DATA
                BEGIN
                  DECLARE v_price DECIMAL(8,2) DEFAULT 0;
                  DECLARE v_qty, v_bonus INT;
                  DECLARE EXIT HANDLER FOR NOT FOUND RETURN -1;
                  SELECT price, qty INTO v_price, v_qty FROM item WHERE id = p_id;
                  SET v_bonus = 0;
                  IF v_qty > 10 THEN
                    SET v_bonus = 5;
                  ELSEIF v_qty > 5 THEN
                    SET v_bonus = 2;
                  ELSE
                    SET v_bonus = 0;
                  END IF;
                  RETURN v_price * v_qty - v_bonus;
                END $$
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("INSERT INTO item VALUES (1, 2.50, 3), (2, 1.25, 7), (3, 10, 11)",
                    "INSERT INTO item VALUES (1, 2.50, 3), (2, 1.25, 7), (3, 10, 11)");
            for (int id = 0; id <= 3; id++) {
                assertThat(both.onPostgres("SELECT item_total(" + id + ")"))
                        .as("item_total(%d)", id).isEqualTo(both.onMariaDb("SELECT item_total(" + id + ")"));
            }
        }
    }

    /** JSON functions in a routine go through the same rules as in views (docs/mysql-to-postgresql.md#json). */
    @Test
    void functionChangingAJsonDocumentReturnsTheSameDocument() throws Exception {
        // Keys added in the order jsonb (and MySQL) sort them, which MariaDB, keeping them as added, also prints.
        String mysql = """
                DELIMITER $$
                CREATE FUNCTION tagged(p_doc JSON, p_tag VARCHAR(20)) RETURNS JSON DETERMINISTIC
                BEGIN
                  DECLARE v JSON;
                  SET v = JSON_SET(p_doc, '$.tg', p_tag);
                  IF JSON_CONTAINS_PATH(v, 'one', '$.i') THEN
                    SET v = JSON_INSERT(v, '$.num', JSON_LENGTH(v, '$.i'));
                  END IF;
                  IF JSON_UNQUOTE(JSON_EXTRACT(v, '$.tg')) = 'drop' THEN
                    SET v = JSON_REMOVE(v, '$.i');
                  END IF;
                  RETURN v;
                END $$
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            for (String call : List.of("tagged('{\"i\": [1, 2]}', 'a')", "tagged('{\"k\": 1}', 'b')",
                    "tagged('{\"i\": [1]}', 'drop')", "tagged(NULL, 'c')")) {
                assertThat(both.onPostgres("SELECT " + call)).as(call).isEqualTo(both.onMariaDb("SELECT " + call));
            }
        }
    }

    @Test
    void cursorLoopWithNotFoundHandlerSignalAndProcedureOutParameter() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, price DECIMAL(8,2), qty INT);
                CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(50));
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50020 DEFINER=`root`@`localhost`*/ /*!50003 PROCEDURE `stock_value`(IN p_min INT, OUT p_total DECIMAL(12,2), INOUT p_rows INT)
                    MODIFIES SQL DATA
                    COMMENT 'sums the stock'
                BEGIN
                  DECLARE done BOOLEAN DEFAULT FALSE;
                  DECLARE v_price DECIMAL(8,2);
                  DECLARE v_qty INT;
                  DECLARE cur CURSOR FOR SELECT price, qty FROM item WHERE qty >= p_min ORDER BY id;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
                  IF p_min < 0 THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative minimum';
                  END IF;
                  SET p_total = 0;
                  OPEN cur;
                  read_loop: LOOP
                    FETCH cur INTO v_price, v_qty;
                    IF done THEN
                      LEAVE read_loop;
                    END IF;
                    SET p_total = p_total + v_price * v_qty, p_rows = p_rows + 1;
                  END LOOP;
                  CLOSE cur;
                  INSERT INTO audit (note) VALUES (CONCAT('rows ', p_rows));
                END */;;
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO item VALUES (1, 2.50, 3), (2, 1.25, 7), (3, 10, 11)";
            both.runOnBoth(rows, rows);
            both.runOnBoth("SET @t = NULL, @r = 10; CALL stock_value(5, @t, @r); CREATE TABLE result AS SELECT @t AS t, @r AS r",
                    "CREATE TABLE result AS SELECT * FROM (SELECT NULL::numeric AS t, 10 AS r) s; "
                            + "DO $$ DECLARE t numeric; r integer := 10; BEGIN CALL stock_value(5, t, r); UPDATE result SET t = stock_value.t, r = stock_value.r FROM (SELECT t, r) stock_value; END $$");
            assertThat(both.onPostgres("SELECT t, r FROM result"))
                    .isEqualTo(both.onMariaDb("SELECT CAST(t AS DECIMAL(12,2)), r FROM result"));
            assertThat(both.onPostgres("SELECT note FROM audit")).isEqualTo(both.onMariaDb("SELECT note FROM audit"));
            assertThat(both.readCodes()).contains("SS-MY-0150");
        }
    }

    /** GET DIAGNOSTICS ROW_COUNT and ROW_COUNT() give the rows the last statement changed; ITERATE continues the labelled loop. */
    @Test
    void diagnosticsRowCountAndIterateGiveTheSameOutParametersOnBothServers() throws Exception {
        String mysql = """
                CREATE TABLE t (id INT PRIMARY KEY, qty INT);
                DELIMITER //
                CREATE PROCEDURE bump(IN p_min INT, OUT p_changed INT, OUT p_deleted INT, OUT p_odd INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  UPDATE t SET qty = qty + 1 WHERE qty >= p_min;
                  GET DIAGNOSTICS p_changed = ROW_COUNT;
                  DELETE FROM t WHERE qty > 8;
                  SET p_deleted = ROW_COUNT();
                  SET p_odd = 0;
                  odd: LOOP
                    SET i = i + 1;
                    IF i > 5 THEN LEAVE odd; END IF;
                    IF MOD(i, 2) = 0 THEN ITERATE odd; END IF;
                    SET p_odd = p_odd + i;
                  END LOOP odd;
                END //
                CREATE PROCEDURE paged()
                BEGIN
                  DECLARE total INT;
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION RESIGNAL;
                  SET total = FOUND_ROWS();
                  PREPARE s FROM 'DELETE FROM t WHERE id = ?';
                  SET @id = total;
                  EXECUTE s USING @id;
                  DEALLOCATE PREPARE s;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO t VALUES (1, 1), (2, 5), (3, 8)";
            both.runOnBoth(rows, rows);
            both.runOnBoth("CALL bump(5, @c, @d, @o); CREATE TABLE result AS SELECT @c AS c, @d AS d, @o AS o",
                    "CREATE TABLE result (c int, d int, o int);"
                            + " DO $$ DECLARE c int; d int; o int; BEGIN CALL bump(5, c, d, o); INSERT INTO result VALUES (c, d, o); END $$");
            assertThat(both.onPostgres("SELECT c, d, o FROM result")).isEqualTo(both.onMariaDb("SELECT c, d, o FROM result"))
                    .containsExactly(List.of("2", "1", "9"));
            assertThat(both.onPostgres("SELECT id, qty FROM t ORDER BY id")).isEqualTo(both.onMariaDb("SELECT id, qty FROM t ORDER BY id"));
            assertThat(both.script).contains("GET DIAGNOSTICS p_changed = ROW_COUNT;", "CONTINUE odd;");
            assertThat(both.codes()).contains("SS-MY-0162");
            assertThat(both.readCodes()).contains("SS-MY-0184").doesNotContain("SS-MY-0153");
        }
    }

    @Test
    void integerFlagsAreConditionsAsInMySql() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, qty INT);
                DELIMITER $$
                CREATE FUNCTION positive_rows() RETURNS INT
                    READS SQL DATA
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  DECLARE n, v_qty INT DEFAULT 0;
                  DECLARE cur CURSOR FOR SELECT qty FROM item ORDER BY id;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
                  OPEN cur;
                  FETCH cur INTO v_qty;
                  WHILE NOT done DO
                    IF v_qty AND v_qty % 2 THEN
                      SET n = n + 1;
                    END IF;
                    FETCH cur INTO v_qty;
                  END WHILE;
                  CLOSE cur;
                  REPEAT
                    SET n = n - 1;
                  UNTIL n - 1 END REPEAT;
                  RETURN n;
                END $$
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("INSERT INTO item VALUES (1, 3), (2, 0), (3, 5), (4, 4), (5, 7)",
                    "INSERT INTO item VALUES (1, 3), (2, 0), (3, 5), (4, 4), (5, 7)");
            assertThat(both.onPostgres("SELECT positive_rows()")).isEqualTo(both.onMariaDb("SELECT positive_rows()"))
                    .isEqualTo(java.util.List.of(java.util.List.of("2")));
            assertThat(both.script).contains("WHILE NOT done <> 0 LOOP", "IF v_qty <> 0 AND MOD(CAST(v_qty AS DECIMAL), 2) <> 0 THEN");
        }
    }

    @Test
    void columnsFunctionResultsAndStringsUsedAsConditionsAreTrueWhenTheirNumberIsNotZero() throws Exception {
        String mysql = """
                CREATE TABLE stock (id INT PRIMARY KEY, qty INT, ratio DECIMAL(5,2));
                DELIMITER $$
                CREATE FUNCTION truths(p_id INT, s VARCHAR(10)) RETURNS VARCHAR(40)
                    READS SQL DATA
                BEGIN
                  DECLARE r VARCHAR(40) DEFAULT '';
                  DECLARE n INT;
                  IF LOCATE('0', s) THEN SET r = CONCAT(r, 'z'); END IF;
                  IF s THEN SET r = CONCAT(r, 's'); END IF;
                  IF NOT s THEN SET r = CONCAT(r, '!'); END IF;
                  SELECT COUNT(*) INTO n FROM stock WHERE qty AND id <= p_id;
                  SET r = CONCAT(r, n);
                  SELECT SUM(CASE WHEN ratio THEN 1 ELSE 0 END) INTO n FROM stock WHERE ratio OR qty;
                  SET r = CONCAT(r, n);
                  WHILE n DO
                    SET n = n - 1;
                    SET r = CONCAT(r, '.');
                  END WHILE;
                  RETURN r;
                END $$
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO stock VALUES (1, 3, 0.5), (2, 0, 0), (3, NULL, 1.25), (4, -2, NULL), (5, 0, 0.01)";
            both.runOnBoth(rows, rows);
            for (String s : new String[] {"NULL", "'0'", "'2'", "'0.00'", "' 10'"}) {
                for (int id = 0; id <= 5; id += 2) {
                    String call = "SELECT truths(" + id + ", " + s + ")";
                    assertThat(both.onPostgres(call)).as(call).isEqualTo(both.onMariaDb(call));
                }
            }
            assertThat(both.script).contains("WHERE qty <> 0 AND", "WHEN ratio <> 0 THEN", "WHERE ratio <> 0 OR qty <> 0",
                    "IF CAST(s AS DECIMAL) <> 0 THEN", "WHILE n <> 0 LOOP");
            assertThat(both.codes()).contains("SS-MY-0172");
        }
    }

    @Test
    void handlersForMySqlErrorNumbersAndSqlStatesCatchThePostgresqlErrorThatMeansTheSame() throws Exception {
        String mysql = """
                CREATE TABLE tag (name VARCHAR(10) PRIMARY KEY);
                CREATE TABLE outcome (what VARCHAR(20));
                DELIMITER $$
                CREATE PROCEDURE add_tag(p_name VARCHAR(10))
                BEGIN
                  DECLARE CONTINUE HANDLER FOR 1062 INSERT INTO outcome VALUES ('duplicate');
                  DECLARE CONTINUE HANDLER FOR 1048 INSERT INTO outcome VALUES ('null');
                  DECLARE CONTINUE HANDLER FOR SQLSTATE '42S02' INSERT INTO outcome VALUES ('no table');
                  INSERT INTO tag VALUES (p_name);
                END $$
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String calls = "CALL add_tag('a'); CALL add_tag('a'); CALL add_tag(NULL); CALL add_tag('b');";
            both.runOnBoth(calls, calls);
            String outcome = "SELECT what FROM outcome ORDER BY what";
            assertThat(both.onPostgres(outcome)).isEqualTo(both.onMariaDb(outcome)).hasSize(2);
            assertThat(both.script).contains("SQLSTATE '23505'", "SQLSTATE '23502'", "SQLSTATE '42P01'");
        }
    }

    @Test
    void eventBodyIsAProcedureThatDoesWhatTheEventDoesAndItsScheduleIsAPgCronCall() throws Exception {
        String mysql = """
                CREATE TABLE log (id INT PRIMARY KEY, at DATE NOT NULL);
                DELIMITER //
                CREATE EVENT purge_log ON SCHEDULE EVERY 1 DAY STARTS '2026-01-01 03:00:00' ON COMPLETION PRESERVE DISABLE
                DO BEGIN
                  DELETE FROM log WHERE at < '2026-01-01';
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO log VALUES (1, '2025-12-31'), (2, '2026-01-01'), (3, '2026-02-01');";
            both.runOnBoth(rows + "DELETE FROM log WHERE at < '2026-01-01'", rows + "CALL purge_log()");
            assertThat(both.onPostgres("SELECT id FROM log ORDER BY id")).isEqualTo(both.onMariaDb("SELECT id FROM log ORDER BY id"))
                    .hasSize(2);
            assertThat(both.statements.get(1).actionItems()).extracting(i -> i.code().code() + " " + i.message()).containsExactly(
                    "SS-MY-0152 the event's body is procedure purge_log(); schedule it with pg_cron: "
                            + "SELECT cron.schedule('purge_log', '0 0 * * *', 'CALL purge_log()'); STARTS '2026-01-01 03:00:00'",
                    "SS-MY-0152 the event is DISABLEd: schedule it when it is enabled");
        }
    }

    @Test
    void anEventNamedLikeAProcedureBecomesAProcedureOfAnotherName() throws Exception {
        String mysql = """
                CREATE TABLE calls (what VARCHAR(20));
                CREATE PROCEDURE cleanup_event() INSERT INTO calls VALUES ('taken');
                CREATE EVENT cleanup ON SCHEDULE EVERY 1 HOUR DO INSERT INTO calls VALUES ('event');
                CREATE PROCEDURE cleanup() INSERT INTO calls VALUES ('procedure');
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("CALL cleanup(); INSERT INTO calls VALUES ('event')", "CALL cleanup(); CALL cleanup_event2()");
            String calls = "SELECT what FROM calls ORDER BY what";
            assertThat(both.onPostgres(calls)).isEqualTo(both.onMariaDb(calls)).containsExactly(List.of("event"), List.of("procedure"));
            assertThat(both.statements.get(2).actionItems()).extracting(i -> i.code().code() + " " + i.message()).containsExactly(
                    "SS-MY-0174 event cleanup becomes procedure cleanup_event2: a procedure or function of the input is named cleanup",
                    "SS-MY-0152 the event's body is procedure cleanup_event2(); schedule it with pg_cron: "
                            + "SELECT cron.schedule('cleanup', '0 * * * *', 'CALL cleanup_event2()')");
        }
    }

    @Test
    void userVariableSetBeforeItIsReadIsALocalAndOneReadFromTheSessionIsReported() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, qty INT);
                DELIMITER //
                CREATE FUNCTION count_big(p_min INT) RETURNS INT READS SQL DATA
                BEGIN
                  SET @n = 0, @label = 'big';
                  SET @n = @n + (SELECT COUNT(*) FROM item WHERE qty >= p_min);
                  RETURN IF(@label = 'big', @n, -1);
                END //
                CREATE PROCEDURE bump()
                BEGIN
                  SET @calls = @calls + 1;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("INSERT INTO item VALUES (1, 3), (2, 7), (3, 11)", "INSERT INTO item VALUES (1, 3), (2, 7), (3, 11)");
            for (int min : new int[] {0, 5, 20}) {
                assertThat(both.onPostgres("SELECT count_big(" + min + ")")).isEqualTo(both.onMariaDb("SELECT count_big(" + min + ")"));
            }
            assertThat(both.script).contains("uv_n bigint", "uv_label text", "uv_n := uv_n + ");
            assertThat(both.readCodes()).as("READS SQL DATA noted, @n and @label locals").containsExactly("SS-MY-0150", "SS-MY-0171", "SS-MY-0171");
            assertThat(both.items.all()).filteredOn(i -> i.code().code().equals("SS-GEN-0018")).singleElement()
                    .satisfies(i -> assertThat(i.message()).startsWith("user variable @calls: session state")
                            .contains("current_setting('mysql.calls', true)", "set_config('mysql.calls', value::text, false)"));
        }
    }

    @Test
    void userVariablesFirstSetBySelectIntoAreLocalsOfTheSelectedValuesTypes() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20), qty INT);
                CREATE TABLE result (n BIGINT, top_name VARCHAR(20), total INT, missing VARCHAR(20));
                DELIMITER //
                CREATE PROCEDURE stats(p_min INT)
                BEGIN
                  SELECT COUNT(*) INTO @n FROM item WHERE qty >= p_min;
                  SELECT i.name, qty INTO @top, @q FROM item i WHERE qty >= p_min ORDER BY qty DESC LIMIT 1;
                  SET @none = 'kept';
                  SELECT name INTO @none FROM item WHERE id < 0;
                  INSERT INTO result VALUES (@n, @top, @q + @n, @none);
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO item VALUES (1, 'bolt', 3), (2, 'nut', 7), (3, 'gear', 11); CALL stats(5); CALL stats(0)";
            both.runOnBoth(rows, rows);
            String result = "SELECT n, top_name, total, missing FROM result ORDER BY n";
            assertThat(both.onPostgres(result)).isEqualTo(both.onMariaDb(result))
                    .containsExactly(List.of("2", "gear", "13", "kept"), List.of("3", "gear", "14", "kept"));
            assertThat(both.script).contains("uv_n bigint;", "uv_top varchar(20);", "uv_q integer;");
            assertThat(both.readCodes()).filteredOn("SS-MY-0171"::equals).hasSize(4);
        }
    }

    @Test
    void locateFromAStartPlaceGivesTheSamePlaceOnBothServers() throws Exception {
        String mysql = """
                CREATE FUNCTION place(p_needle VARCHAR(10), p_haystack VARCHAR(20), p_from INT) RETURNS INT DETERMINISTIC
                  RETURN LOCATE(p_needle, p_haystack, p_from);
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String[] calls = {"'bar', 'foobarbar', 5", "'bar', 'foobarbar', 1", "'bar', 'foobarbar', 8", "'x', 'foobarbar', 1",
                    "'bar', 'foobarbar', 0", "'bar', 'foobarbar', -3", "'', 'abc', 2", "'', 'abc', 4", "'', 'abc', 5",
                    "'c', 'abc', 3", "'c', 'abc', 4", "'', '', 1", "NULL, 'abc', 1", "'a', NULL, 1", "'a', 'abc', NULL"};
            for (String args : calls) {
                assertThat(both.onPostgres("SELECT place(" + args + ")")).as(args).isEqualTo(both.onMariaDb("SELECT place(" + args + ")"));
            }
        }
    }

    @Test
    void onlyAConstrainedParameterTheBodyNamesIsCopiedThroughItsDeclaredType() throws Exception {
        String mysql = """
                DELIMITER //
                CREATE FUNCTION rounded(p_amount DECIMAL(10,2), p_note VARCHAR(10)) RETURNS VARCHAR(20) DETERMINISTIC
                BEGIN
                  RETURN CONCAT('', p_amount);
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String call = "SELECT rounded(2.345, 'unused')";
            assertThat(both.onPostgres(call)).as("the argument rounded to the parameter's scale").isEqualTo(both.onMariaDb(call))
                    .containsExactly(List.of("2.35"));
            assertThat(both.script).contains("ss_p_amount := p_amount;").doesNotContain("ss_p_note");
        }
    }

    /**
     * An EXIT handler that logs and RESIGNALs: MariaDB keeps the log row (each statement commits under autocommit),
     * PostgreSQL undoes it with the call the error leaves. Not converted away: SS-MY-0189 at the RESIGNAL says so.
     */
    @Test
    void handlerChangesBeforeResignalAreAnItemAsPostgresqlUndoesThem() throws Exception {
        String mysql = """
                CREATE TABLE error_log (msg VARCHAR(50));
                CREATE TABLE t (id INT PRIMARY KEY);
                DELIMITER //
                CREATE PROCEDURE load_row(p INT)
                BEGIN
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION
                  BEGIN
                    INSERT INTO error_log VALUES ('failed');
                    RESIGNAL;
                  END;
                  INSERT INTO t VALUES (p);
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            assertThat(both.statements.stream().flatMap(s -> s.actionItems().stream()))
                    .filteredOn(i -> i.code().code().equals("SS-MY-0189")).extracting(i -> i.span().line())
                    .containsExactly(9);
            both.runOnBoth("CALL load_row(1)", "CALL load_row(1)");
            assertThatThrownBy(() -> both.runOnBoth("CALL load_row(1)", "SELECT 1")).hasMessageContaining("Duplicate");
            assertThatThrownBy(() -> both.runOnBoth("SELECT 1", "CALL load_row(1)")).hasMessageContaining("duplicate key");
            String logged = "SELECT count(*) FROM error_log";
            assertThat(both.onMariaDb(logged)).containsExactly(List.of("1"));
            assertThat(both.onPostgres(logged)).containsExactly(List.of("0"));
        }
    }
}
