package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * T-SQL procedures, functions and triggers converted and run on PostgreSQL: each test converts a
 * script (statements without semicolons, as SQL Server reads them), creates it with function bodies
 * checked, and runs the code, checking results, OUTPUT parameters, errors and trigger effects.
 */
class TsqlOnPostgresqlTest {
    private ConversionResult result;

    private Connection convertAndApply(String name, String tsql) throws SQLException {
        return convertAndApply(name, tsql, null);
    }

    private Connection convertAndApply(String name, String tsql, java.nio.file.Path rules) throws SQLException {
        result = TsqlScripts.convert(name, tsql, rules);
        return TsqlScripts.created(name, result);
    }

    private List<ActionItem> items() {
        return TsqlScripts.items(result);
    }

    private List<String> codes() {
        return items().stream().map(i -> i.code().code()).toList();
    }

    private static List<List<String>> rows(Connection db, String sql) throws SQLException {
        return new PostgresCatalog(db).query(sql);
    }

    private static String one(Connection db, String sql) throws SQLException {
        return rows(db, sql).get(0).get(0);
    }

    @Test
    void procedureWithOutputParameterLoopsAndReturnCodePassesValuesBackThroughCall() throws Exception {
        try (Connection db = convertAndApply("counter", """
                CREATE PROCEDURE dbo.counter @n int, @total int OUTPUT, @step int = 1
                AS
                BEGIN
                  SET NOCOUNT ON
                  DECLARE @i int = 0, @skipped int
                  SET @total = 0
                  WHILE @i < @n
                  BEGIN
                    SET @i += @step
                    IF @i = 3 CONTINUE
                    IF @i > 8 BREAK
                    SET @total = @total + @i
                  END
                  IF @total > 20 RETURN 2 ELSE RETURN 1
                END
                GO
                """)) {
            assertThat(rows(db, "CALL counter(5, NULL, 1, NULL)")).containsExactly(List.of("12", "1"));
            assertThat(rows(db, "CALL counter(20, NULL, 1, NULL)")).containsExactly(List.of("33", "2"));
            assertThat(rows(db, "CALL counter(4, NULL, 2, NULL)")).containsExactly(List.of("6", "1"));
        }
        assertThat(codes()).contains("SS-MSS-0131", "SS-MSS-0132");
    }

    @Test
    void bareSelectIsAResultSetInARefcursorLimitedBySetRowcount() throws Exception {
        try (Connection db = convertAndApply("results", """
                CREATE TABLE t (id int PRIMARY KEY, v int)
                INSERT INTO t VALUES (1, 10)
                GO
                CREATE PROCEDURE top_two @min int AS
                SET ROWCOUNT 2
                SELECT id FROM t WHERE id >= @min ORDER BY id DESC
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30), (4, 40)");
            db.setAutoCommit(false);
            SharedPostgres.runScript(db, "CALL top_two(2, 'c1')");
            assertThat(rows(db, "FETCH ALL FROM c1")).containsExactly(List.of("4"), List.of("3"));
            db.rollback();
        }
        assertThat(codes()).contains("SS-PG-0740", "SS-MSS-0142");
    }

    @Test
    void scalarAndTableFunctionsReturnTheirValuesAndRows() throws Exception {
        try (Connection db = convertAndApply("functions", """
                CREATE TABLE t (id int PRIMARY KEY, v int)
                GO
                CREATE FUNCTION dbo.twice (@x decimal(6,2)) RETURNS decimal(8,2)
                AS
                BEGIN
                  DECLARE @r decimal(8,2)
                  SELECT @r = @x * 2
                  RETURN @r
                END
                GO
                CREATE FUNCTION dbo.big (@min int) RETURNS TABLE AS RETURN (SELECT id, x.v AS value FROM t x WHERE v >= @min)
                GO
                CREATE FUNCTION dbo.doubled () RETURNS TABLE AS RETURN (SELECT id, v * 2 AS twice FROM t)
                GO
                CREATE FUNCTION dbo.squares (@n int) RETURNS @out TABLE (i int, sq int)
                AS
                BEGIN
                  DECLARE @i int
                  SET @i = 1
                  WHILE @i <= @n
                  BEGIN
                    INSERT INTO @out VALUES (@i, @i * @i)
                    SET @i = @i + 1
                  END
                  RETURN
                END
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30)");
            assertThat(one(db, "SELECT twice(1.25)")).isEqualTo("2.50");
            assertThat(rows(db, "SELECT id, value FROM big(20) ORDER BY id")).containsExactly(List.of("2", "20"), List.of("3", "30"));
            assertThat(rows(db, "SELECT twice FROM doubled() AS (id integer, twice integer) ORDER BY id"))
                    .containsExactly(List.of("20"), List.of("40"), List.of("60"));
            assertThat(rows(db, "SELECT i, sq FROM squares(3)")).containsExactly(List.of("1", "1"), List.of("2", "4"), List.of("3", "9"));
        }
        assertThat(codes()).contains("SS-PG-0741");
    }

    @Test
    void triggerReadsInsertedRowsAsATransitionTableAndRaisesWithTheFormattedMessage() throws Exception {
        try (Connection db = convertAndApply("trigger", """
                CREATE TABLE jobs (job_id smallint PRIMARY KEY, min_lvl tinyint, max_lvl tinyint)
                CREATE TABLE employee (emp_id int PRIMARY KEY, job_id smallint, job_lvl tinyint)
                GO
                CREATE TRIGGER employee_insupd ON employee FOR insert, UPDATE
                AS
                declare @min_lvl tinyint, @max_lvl tinyint, @emp_lvl tinyint, @job_id smallint
                select @min_lvl = min_lvl, @max_lvl = max_lvl, @emp_lvl = i.job_lvl, @job_id = i.job_id
                from employee e, jobs j, inserted i
                where e.emp_id = i.emp_id AND i.job_id = j.job_id
                IF NOT (@emp_lvl BETWEEN @min_lvl AND @max_lvl)
                begin
                   raiserror ('The level for job_id:%d should be between %d and %d.', 16, 1, @job_id, @min_lvl, @max_lvl)
                   ROLLBACK TRANSACTION
                end
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO jobs VALUES (2, 10, 20)");
            SharedPostgres.runScript(db, "INSERT INTO employee VALUES (1, 2, 15)");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO employee VALUES (2, 2, 30)"))
                    .hasMessageContaining("The level for job_id:2 should be between 10 and 20.");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "UPDATE employee SET job_lvl = 5 WHERE emp_id = 1"))
                    .hasMessageContaining("between 10 and 20");
            assertThat(one(db, "SELECT string_agg(emp_id || ':' || job_lvl, ',') FROM employee")).isEqualTo("1:15");
        }
        assertThat(codes()).contains("SS-MSS-0139", "SS-MSS-0140", "SS-MSS-0133");
    }

    @Test
    void tryCatchCatchesThrowAndReadsTheMessage() throws Exception {
        try (Connection db = convertAndApply("trycatch", """
                CREATE TABLE log (msg varchar(200))
                GO
                CREATE PROCEDURE guarded @fail bit
                AS
                BEGIN TRY
                  IF @fail = 1 THROW 50001, 'it failed', 1
                  INSERT INTO log VALUES ('no error')
                END TRY
                BEGIN CATCH
                  INSERT INTO log VALUES ('caught: ' + ERROR_MESSAGE())
                  PRINT 'caught'
                END CATCH
                GO
                CREATE PROCEDURE rethrow AS
                BEGIN TRY
                  THROW 50002, 'inner', 1;
                END TRY
                BEGIN CATCH
                  THROW;
                END CATCH
                GO
                """)) {
            SharedPostgres.runScript(db, "CALL guarded(true)");
            SharedPostgres.runScript(db, "CALL guarded(false)");
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(List.of("caught: it failed"), List.of("no error"));
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "CALL rethrow()")).hasMessageContaining("inner");
        }
    }

    @Test
    void cursorLoopOnFetchStatusAndRowcountAndCallsWithNamedOutputArguments() throws Exception {
        try (Connection db = convertAndApply("cursor", """
                CREATE TABLE t (id int PRIMARY KEY, v int)
                GO
                CREATE PROCEDURE total_of @total int OUTPUT, @changed int OUTPUT
                AS
                DECLARE @v int
                DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT v FROM t ORDER BY id
                SET @total = 0
                OPEN c
                FETCH NEXT FROM c INTO @v
                WHILE @@FETCH_STATUS = 0
                BEGIN
                  SET @total = @total + @v
                  FETCH NEXT FROM c INTO @v
                END
                CLOSE c
                DEALLOCATE c
                UPDATE t SET v = v + 1 WHERE v > 10
                SET @changed = @@ROWCOUNT
                GO
                CREATE PROCEDURE caller @result int OUTPUT
                AS
                DECLARE @t int, @n int
                EXEC dbo.total_of @total = @t OUTPUT, @changed = @n OUTPUT
                SET @result = @t * 100 + @n
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30)");
            assertThat(one(db, "CALL caller(NULL)")).isEqualTo("6002");
            assertThat(one(db, "SELECT sum(v) FROM t")).isEqualTo("62");
        }
    }

    @Test
    void transactionsCommitInAProcedureAndDynamicSqlRunsWithItsArguments() throws Exception {
        try (Connection db = convertAndApply("transactions", """
                CREATE TABLE t (id int PRIMARY KEY)
                GO
                CREATE PROCEDURE add_two @id int
                AS
                BEGIN TRANSACTION
                INSERT INTO t VALUES (@id)
                COMMIT TRANSACTION
                BEGIN TRAN
                INSERT INTO t VALUES (@id + 1)
                ROLLBACK
                EXEC sp_executesql N'INSERT INTO t VALUES (@x - @y)', N'@x int, @y int', @y = 1, @x = 101
                GO
                """)) {
            SharedPostgres.runScript(db, "CALL add_two(1)");
            assertThat(rows(db, "SELECT id FROM t ORDER BY id")).containsExactly(List.of("1"), List.of("100"));
        }
        assertThat(codes()).contains("SS-MSS-0207").doesNotContain("SS-MSS-0134");
    }

    /**
     * EXEC() and sp_executesql of a text known when converting (a literal, literals joined with +, a
     * variable set once to one): the text is converted as the same statement in the procedure would be
     * (ISNULL, LEN, string +), and sp_executesql's @parameters are $1, $2 ... in the order they are
     * declared, whatever the order of the arguments (sp_executesql binds them by name).
     */
    @Test
    void dynamicSqlOfAKnownTextIsConvertedAndBindsItsParametersByDeclaredOrder() throws Exception {
        try (Connection db = convertAndApply("known_text", """
                CREATE TABLE stock (id int PRIMARY KEY, qty int, label varchar(20))
                CREATE TABLE moves (note varchar(60), size int)
                GO
                CREATE PROCEDURE take @id int, @n int
                AS
                DECLARE @sql nvarchar(200) = N'UPDATE stock SET qty = qty - @n WHERE id = @id'
                EXEC sp_executesql @sql, N'@id int, @n int', @n = @n, @id = @id
                EXEC (N'INSERT INTO moves (note, size) VALUES (''took'' + '' '' + ''it'', LEN(''abc  ''))')
                EXEC ('DELETE FROM moves WHERE ISNULL(note, '''') = ''''')
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO stock VALUES (1, 10, 'a'), (2, 20, 'b'); INSERT INTO moves VALUES (NULL, 0)");
            SharedPostgres.runScript(db, "CALL take(2, 3)");
            assertThat(rows(db, "SELECT id, qty FROM stock ORDER BY id")).containsExactly(List.of("1", "10"), List.of("2", "17"));
            assertThat(rows(db, "SELECT note, size FROM moves")).containsExactly(List.of("took it", "3"));
            assertThat(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'take'"))
                    .contains("EXECUTE 'UPDATE stock SET qty = qty - $2 WHERE id = $1' USING p_id, p_n;");
        }
        assertThat(codes()).contains("SS-MSS-0207").doesNotContain("SS-MSS-0134");
        assertThat(org.schemashift.report.ReportBuilder.build(result).objects()).filteredOn(o -> "take".equals(o.name()))
                .singleElement().extracting(o -> o.status()).isNotEqualTo("manual");
    }

    /** SET ROWCOUNT limits the rows of dynamic SQL too: the converted SELECT has the limit. */
    @Test
    void aKnownDynamicSelectIsAResultSetOfTheProcedure() throws Exception {
        try (Connection db = convertAndApply("known_select", """
                CREATE TABLE stock (id int PRIMARY KEY, qty int, label varchar(20))
                GO
                CREATE PROCEDURE above @min int
                AS
                SET ROWCOUNT 2
                EXEC sp_executesql N'SELECT id, UPPER(label) AS label FROM stock WHERE qty > @m ORDER BY id', N'@m int', @min
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO stock VALUES (1, 10, 'a'), (2, 20, 'b'), (3, 30, 'c'), (4, 40, 'd')");
            db.setAutoCommit(false);
            SharedPostgres.runScript(db, "CALL above(15, 'c1')");
            assertThat(rows(db, "FETCH ALL FROM c1")).containsExactly(List.of("2", "B"), List.of("3", "C"));
            db.rollback();
        }
        assertThat(codes()).contains("SS-MSS-0207", "SS-PG-0740").doesNotContain("SS-MSS-0134");
    }

    @Test
    void aTextBuiltAtRunTimeRunsAsWrittenAndItsItemNamesThePartThatIsNotKnown() throws Exception {
        try (Connection db = convertAndApply("run_time_text", """
                CREATE TABLE stock (id int PRIMARY KEY, qty int)
                GO
                CREATE PROCEDURE clear @table sysname
                AS
                DECLARE @sql nvarchar(200)
                SET @sql = N'DELETE FROM ' + @table
                EXEC (@sql)
                EXEC (N'DELETE FROM stock WHERE')
                DECLARE @d nvarchar(100)
                IF @table = N'stock' SET @d = N'DELETE FROM stock'
                EXEC (@d)
                GO
                """)) {
            assertThat(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'clear'")).contains("EXECUTE v_sql;");
        }
        List<String> messages = items().stream().filter(i -> i.code().code().equals("SS-MSS-0134")).map(ActionItem::message).toList();
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("built at run time").contains("@sql (set to @table)");
        assertThat(messages.get(1)).contains("does not parse").contains("line 1, column");
        assertThat(messages.get(2)).contains("@d (set under a condition, or after this)");
    }

    @Test
    void aStatementWithoutAnEquivalentIsKeptCommentedOutAndTheObjectIsManual() throws Exception {
        try (Connection db = convertAndApply("manual", """
                CREATE PROCEDURE jumps @n int
                AS
                IF @n > 1 GOTO done
                PRINT 'small'
                done:
                PRINT 'end'
                GO
                """)) {
            SharedPostgres.runScript(db, "CALL jumps(1)");
            String body = one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'jumps'");
            assertThat(body).contains("-- ").contains("GOTO done");
        }
        assertThat(codes()).contains("SS-GEN-0018");
        assertThat(org.schemashift.report.ReportBuilder.build(result).objects()).filteredOn(o -> "jumps".equals(o.name()))
                .singleElement().extracting(o -> o.status()).isEqualTo("manual");
    }

    @Test
    void tableVariablesAndTemporaryTablesAreTemporaryTablesDroppedWhenTheProcedureEnds() throws Exception {
        try (Connection db = convertAndApply("temps", """
                CREATE TABLE orders (id int PRIMARY KEY, customer varchar(10), amount int)
                CREATE TABLE totals (customer varchar(10), total int, n int)
                GO
                CREATE PROCEDURE summarize @min int
                AS
                DECLARE @big TABLE (id int PRIMARY KEY, amount int NOT NULL, seq int IDENTITY(1, 1), note varchar(5) DEFAULT 'x')
                INSERT INTO @big (id, amount) SELECT id, amount FROM orders WHERE amount >= @min
                CREATE TABLE #per_customer (customer varchar(10), total int)
                INSERT #per_customer SELECT o.customer, sum(o.amount) FROM orders o JOIN @big b ON b.id = o.id GROUP BY o.customer
                SELECT customer, count(*) AS n INTO #counts FROM orders GROUP BY customer
                IF @min < 0 RETURN
                INSERT INTO totals SELECT p.customer, p.total, c.n FROM #per_customer p JOIN #counts c ON c.customer = p.customer
                INSERT INTO totals SELECT 'seq', max(seq), min(len(note)) FROM @big
                DROP TABLE #counts
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO orders VALUES (1, 'a', 10), (2, 'a', 30), (3, 'b', 50), (4, 'c', 5)");
            SharedPostgres.runScript(db, "CALL summarize(10)");
            SharedPostgres.runScript(db, "CALL summarize(-1)");
            SharedPostgres.runScript(db, "CALL summarize(40)");
            assertThat(rows(db, "SELECT customer, total, n FROM totals ORDER BY customer, total")).containsExactly(
                    List.of("a", "40", "2"), List.of("b", "50", "1"), List.of("b", "50", "1"), List.of("seq", "1", "1"),
                    List.of("seq", "3", "1"));
            assertThat(one(db, "SELECT count(*) FROM pg_class WHERE relpersistence = 't'")).isEqualTo("0");
        }
        assertThat(codes()).contains("SS-MSS-0150");
    }

    @Test
    void updateAndDeleteWithFromJoinTheTargetOnceAndTopLimitsTheRows() throws Exception {
        try (Connection db = convertAndApply("joined", """
                CREATE TABLE items (id int PRIMARY KEY, price int, category int)
                CREATE TABLE rates (category int, factor int)
                GO
                CREATE PROCEDURE reprice
                AS
                UPDATE i SET price = i.price * r.factor FROM items AS i INNER JOIN rates r ON r.category = i.category WHERE r.factor > 1
                UPDATE items SET price = price + 1 FROM rates WHERE rates.category = items.category AND rates.factor = 1
                DELETE items FROM items JOIN rates ON rates.category = items.category WHERE rates.factor = 0
                UPDATE TOP (1) items SET category = 9 WHERE category = 4
                DELETE TOP (2) FROM items WHERE category = 5
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 10, 1), (2, 10, 2), (3, 10, 3), (4, 10, 4), (5, 10, 4),"
                    + " (6, 1, 5), (7, 1, 5), (8, 1, 5)");
            SharedPostgres.runScript(db, "INSERT INTO rates VALUES (1, 3), (2, 1), (3, 0)");
            SharedPostgres.runScript(db, "CALL reprice()");
            assertThat(rows(db, "SELECT id, price FROM items WHERE id <= 3 ORDER BY id")).containsExactly(List.of("1", "30"), List.of("2", "11"));
            assertThat(one(db, "SELECT count(*) FROM items WHERE category = 9")).isEqualTo("1");
            assertThat(one(db, "SELECT count(*) FROM items WHERE category = 5")).isEqualTo("1");
        }
    }

    @Test
    void sessionStateReadsAsPostgresqlsAndWaitforDelaySleeps() throws Exception {
        try (Connection db = convertAndApply("states", """
                CREATE TABLE log (msg varchar(100))
                GO
                CREATE PROCEDURE states
                AS
                DECLARE @x int
                BEGIN TRY
                  WAITFOR DELAY '00:00:00.300'
                  INSERT INTO log VALUES ('tc=' + CAST(@@TRANCOUNT AS varchar(5)) + ' err=' + CAST(@@ERROR AS varchar(5))
                    + ' db=' + DB_NAME() + ' q=' + QUOTENAME('a b'))
                  SET @x = 1 / 0
                END TRY
                BEGIN CATCH
                  INSERT INTO log VALUES ('xs=' + CAST(XACT_STATE() AS varchar(5)) + ' caught=' + CAST(@@ERROR AS varchar(10)))
                END CATCH
                GO
                """)) {
            long started = System.nanoTime();
            SharedPostgres.runScript(db, "CALL states()");
            assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(300_000_000L);
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(
                    List.of("tc=1 err=0 db=" + one(db, "SELECT current_database()") + " q=\"a b\""),
                    List.of("xs=1 caught=22012"));
        }
        assertThat(codes()).contains("SS-MSS-0153", "SS-MSS-0154");
    }

    @Test
    void catalogViewsAndProceduresNamedByVariablesAreReportedWhereTheyStand() throws Exception {
        try (Connection db = convertAndApply("catalog", """
                CREATE PROCEDURE tables_of @schema sysname, @n int OUTPUT
                AS
                DECLARE @proc nvarchar(200) = 'db.sys.sp_executesql'
                SELECT @n = count(*) FROM sys.partitions i JOIN sys.tables t ON t.object_id = i.object_id
                  JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = @schema
                EXEC @proc @stmt = N'SELECT 1'
                SET @n = coalesce(@n, 0) + 1
                GO
                """)) {
            assertThat(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'tables_of'")).contains("-- EXEC @proc");
        }
        assertThat(codes()).contains("SS-MSS-0155", "SS-GEN-0018");
        assertThat(result.statements().stream().flatMap(st -> st.actionItems().stream())
                .filter(i -> i.code().code().equals("SS-MSS-0155")).map(i -> i.message()))
                .singleElement().asString().contains("sys.partitions").contains("pg_inherits");
    }

    @Test
    void outputIntoATableOrTableVariableAppendsTheChangedRowsThroughReturning() throws Exception {
        try (Connection db = convertAndApply("output", """
                CREATE TABLE queue (id int IDENTITY(1, 1) PRIMARY KEY, job varchar(20), state int)
                CREATE TABLE audit (what varchar(20), job_id int, job varchar(20))
                GO
                CREATE PROCEDURE work @state int, @done int OUTPUT
                AS
                DECLARE @taken TABLE (id int, job varchar(20))
                INSERT INTO queue (job, state) OUTPUT 'added', inserted.id, inserted.job INTO audit VALUES ('c', 1)
                UPDATE q SET state = @state OUTPUT inserted.id, inserted.job INTO @taken (id, job) FROM queue AS q WHERE q.state = 1
                DELETE FROM queue OUTPUT 'removed', deleted.id, deleted.job INTO audit (what, job_id, job) WHERE state = 0
                INSERT INTO audit SELECT 'taken', id, job FROM @taken
                SET @done = @@ROWCOUNT
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO queue (job, state) VALUES ('a', 1), ('b', 0)");
            assertThat(one(db, "CALL work(2, NULL)")).isEqualTo("2");
            assertThat(rows(db, "SELECT what, job_id, job FROM audit ORDER BY what, job_id")).containsExactly(
                    List.of("added", "3", "c"), List.of("removed", "2", "b"), List.of("taken", "1", "a"), List.of("taken", "3", "c"));
            assertThat(rows(db, "SELECT id, state FROM queue ORDER BY id")).containsExactly(List.of("1", "2"), List.of("3", "2"));
        }
        assertThat(codes()).contains("SS-MSS-0201");
    }

    @Test
    void outputOfTheOldRowOfAnUpdateOrToTheCallerIsKeptCommentedOut() throws Exception {
        try (Connection db = convertAndApply("output_manual", """
                CREATE TABLE t (id int PRIMARY KEY, v int)
                CREATE TABLE old_values (v int)
                GO
                CREATE PROCEDURE bump
                AS
                UPDATE t SET v = v + 1 OUTPUT deleted.v INTO old_values
                DELETE FROM t OUTPUT deleted.id WHERE v > 10
                GO
                """)) {
            String body = one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'bump'");
            assertThat(body).contains("-- UPDATE t SET v = v + 1 OUTPUT deleted.v").contains("-- DELETE FROM t OUTPUT deleted.id");
        }
        assertThat(items()).map(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("RETURNING reads the new row"))
                .anySatisfy(m -> assertThat(m).contains("OUTPUT without INTO"));
    }

    @Test
    void forXmlPathConcatenationIsStringAggregationInOrder() throws Exception {
        try (Connection db = convertAndApply("xmlpath", """
                CREATE TABLE cols (tab varchar(10), name varchar(10), pos int)
                GO
                CREATE FUNCTION dbo.column_list (@tab varchar(10)) RETURNS nvarchar(max)
                AS
                BEGIN
                  RETURN STUFF((SELECT ',' + '[' + name + ']' FROM cols WHERE tab = @tab ORDER BY pos
                                FOR XML PATH(''), TYPE).value('.', 'NVARCHAR(MAX)'), 1, 1, '')
                END
                GO
                CREATE PROCEDURE describe @tab varchar(10), @plain nvarchar(max) OUTPUT, @pairs nvarchar(max) OUTPUT
                AS
                SET @plain = (SELECT name + ';' FROM cols WHERE tab = @tab ORDER BY pos DESC FOR XML PATH(''))
                SELECT @pairs = (SELECT name, '=', pos, ' ' FROM cols WHERE tab = @tab ORDER BY pos FOR XML PATH, TYPE
                                ).value('.', 'nvarchar(max)')
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO cols VALUES ('t', 'b', 2), ('t', 'a', 1), ('t', 'c&d', 3), ('u', 'x', 1)");
            assertThat(one(db, "SELECT column_list('t')")).isEqualTo("[a],[b],[c&d]");
            assertThat(one(db, "SELECT column_list('none')")).isNull();
            assertThat(rows(db, "CALL describe('t', NULL, NULL)")).containsExactly(List.of("c&d;b;a;", "a=1 b=2 c&d=3 "));
        }
        assertThat(codes()).contains("SS-MSS-0200");
    }

    @Test
    void truncateTableEmptiesTheTableAndRestartsItsIdentity() throws Exception {
        try (Connection db = convertAndApply("truncate", """
                CREATE TABLE events (id int IDENTITY(1, 1) PRIMARY KEY, what varchar(10))
                GO
                CREATE PROCEDURE restart
                AS
                TRUNCATE TABLE dbo.events
                INSERT INTO events (what) VALUES ('first')
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO events (what) VALUES ('a'), ('b')");
            SharedPostgres.runScript(db, "CALL restart()");
            assertThat(rows(db, "SELECT id, what FROM events")).containsExactly(List.of("1", "first"));
        }
    }

    @Test
    void mergeUpdatesMatchedRowsAndInsertsTheOthers() throws Exception {
        try (Connection db = convertAndApply("merge", """
                CREATE TABLE stock (item varchar(10) PRIMARY KEY, qty int)
                CREATE TABLE moves (item varchar(10), qty int)
                GO
                CREATE PROCEDURE apply_moves
                AS
                MERGE INTO stock WITH (HOLDLOCK) AS s
                USING (SELECT item, sum(qty) AS qty FROM moves GROUP BY item) AS m ON s.item = m.item
                WHEN MATCHED AND m.qty <> 0 THEN UPDATE SET qty = s.qty + m.qty
                WHEN NOT MATCHED BY TARGET AND m.qty > 0 THEN INSERT (item, qty) VALUES (m.item, m.qty);
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO stock VALUES ('a', 5), ('b', 1), ('z', 9)");
            SharedPostgres.runScript(db, "INSERT INTO moves VALUES ('a', 2), ('a', 1), ('b', 0), ('c', 4), ('d', -1)");
            SharedPostgres.runScript(db, "CALL apply_moves()");
            assertThat(rows(db, "SELECT item, qty FROM stock ORDER BY item")).containsExactly(
                    List.of("a", "8"), List.of("b", "1"), List.of("c", "4"), List.of("z", "9"));
        }
        assertThat(items()).map(ActionItem::message).anySatisfy(m -> assertThat(m).contains("HOLDLOCK").contains("ON CONFLICT"));
    }

    /**
     * SQL Server tries the WHEN clauses in order on the rows as they were: a matched DELETE after a
     * conditional UPDATE takes the rows the update's condition does not hold for, and the target rows
     * without a source row are deleted or updated (NOT MATCHED BY SOURCE, PostgreSQL 17) by statements
     * of their own before the MERGE, the second branch taking the rows the first does not.
     */
    @Test
    void mergeDeletesMatchedRowsInBranchOrderAndChangesTargetRowsWithoutASourceRowFirst() throws Exception {
        try (Connection db = convertAndApply("mergedelete", """
                CREATE TABLE stock (item varchar(10) PRIMARY KEY, qty int, note varchar(10))
                CREATE TABLE moves (item varchar(10) PRIMARY KEY, qty int)
                GO
                CREATE PROCEDURE settle
                AS
                MERGE stock USING moves m ON stock.item = m.item
                WHEN MATCHED AND stock.qty + m.qty > 0 THEN UPDATE SET qty = stock.qty + m.qty
                WHEN MATCHED THEN DELETE
                WHEN NOT MATCHED THEN INSERT (item, qty) VALUES (m.item, m.qty)
                WHEN NOT MATCHED BY SOURCE AND stock.qty > 5 THEN UPDATE SET note = 'idle'
                WHEN NOT MATCHED BY SOURCE THEN DELETE;
                GO
                CREATE PROCEDURE drop_empty
                AS
                MERGE stock AS s USING moves AS m ON s.item = m.item
                WHEN MATCHED AND m.qty = 0 THEN DELETE
                WHEN MATCHED THEN UPDATE SET qty = m.qty;
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO stock VALUES ('a', 5, NULL), ('b', 1, NULL), ('y', 9, NULL), ('z', 2, NULL)");
            SharedPostgres.runScript(db, "INSERT INTO moves VALUES ('a', 2), ('b', -1), ('c', 4)");
            SharedPostgres.runScript(db, "CALL settle()");
            assertThat(rows(db, "SELECT item, qty, note FROM stock ORDER BY item")).containsExactly(
                    java.util.Arrays.asList("a", "7", null), java.util.Arrays.asList("c", "4", null), List.of("y", "9", "idle"));
            SharedPostgres.runScript(db, "UPDATE moves SET qty = 0 WHERE item = 'a'");
            SharedPostgres.runScript(db, "CALL drop_empty()");
            assertThat(rows(db, "SELECT item, qty FROM stock ORDER BY item")).containsExactly(List.of("c", "4"), List.of("y", "9"));
            assertThat(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'settle'")).contains("NOT EXISTS").doesNotContain("-- ");
        }
    }

    /**
     * sys.objects, sys.tables, sys.procedures and sys.schemas read through helper functions of their columns
     * over PostgreSQL's catalog, so the existence checks and lookups of T-SQL code run; a statement naming a
     * column the helpers lack keeps the view, reported.
     */
    @Test
    void catalogViewsReadThroughHelperFunctionsOfTheirColumns() throws Exception {
        try (Connection db = convertAndApply("sysviews", """
                CREATE TABLE dbo.stock (item varchar(10) PRIMARY KEY)
                GO
                CREATE PROCEDURE dbo.probe @what sysname, @found int OUTPUT, @procs int OUTPUT AS
                BEGIN
                  SET @found = 0
                  IF EXISTS (SELECT 1 FROM sys.objects WHERE name = @what AND type = 'U') SET @found = 1
                  IF EXISTS (SELECT * FROM sys.tables t WHERE t.name = @what AND t.object_id = OBJECT_ID(@what)) SET @found = @found + 10
                  SELECT @procs = COUNT(*) FROM sys.procedures AS p JOIN sys.schemas AS s ON s.schema_id = p.schema_id
                    WHERE s.name = SCHEMA_NAME()
                  IF @what = 'never' IF EXISTS (SELECT 1 FROM sys.objects WHERE is_published = 1) SET @found = -1
                END
                GO
                """)) {
            assertThat(rows(db, "CALL probe('stock', NULL, NULL)")).containsExactly(List.of("11", "1"));
            assertThat(rows(db, "CALL probe('nothing', NULL, NULL)")).containsExactly(List.of("0", "1"));
        }
        assertThat(items()).filteredOn(i -> i.code().code().equals("SS-MSS-0215")).map(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("sys.objects", "mssql_compat.sys_objects()"))
                .anySatisfy(m -> assertThat(m).contains("sys.schemas"));
        assertThat(items()).filteredOn(i -> i.code().code().equals("SS-MSS-0155")).map(ActionItem::message)
                .singleElement().asString().contains("sys.objects");
    }

    /**
     * SQL Server cuts a string argument longer than its varchar(n) / char(n) parameter, and a function's
     * result longer than its type, without an error; PostgreSQL ignores the length in a signature, so the
     * body casts each such parameter on entry and the result on RETURN (an explicit cast cuts).
     */
    @Test
    void aStringLongerThanItsParameterOrResultIsCutAsSqlServerCutsIt() throws Exception {
        try (Connection db = convertAndApply("cut", """
                CREATE TABLE t (code char(3), name varchar(8), amount decimal(6,2))
                GO
                CREATE PROCEDURE add_t @code char(3), @name nvarchar(5), @amount decimal(6,2) = 0 AS
                  INSERT INTO t VALUES (@code, @name + '!', @amount)
                GO
                CREATE FUNCTION dbo.short (@s varchar(10)) RETURNS varchar(4) AS
                BEGIN
                  RETURN @s + '!'
                END
                GO
                """)) {
            SharedPostgres.runScript(db, "CALL add_t('ABCDE', 'abcdefgh', 1.234)");
            assertThat(rows(db, "SELECT code, name, amount FROM t")).containsExactly(List.of("ABC", "abcde!", "1.23"));
            assertThat(one(db, "SELECT short('abcdefghijkl')")).isEqualTo("abcd");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "CALL add_t('A', 'b', 123456)"))
                    .as("a number with too many digits is an overflow, as in SQL Server").hasMessageContaining("overflow");
        }
        assertThat(result.decisions()).map(d -> d.ruleId()).contains("plpgsql.parameter-string-cut-on-entry");
    }

    /**
     * A NOT MATCHED BY SOURCE branch whose source reads the target keeps the MERGE commented out; OUTPUT
     * (rows PostgreSQL 15's MERGE cannot return) is the only part commented out: the MERGE runs, the
     * object is manual.
     */
    @Test
    void mergeWhoseSourceReadsTheTargetIsKeptCommentedOutAndAMergeWithOutputRunsWithoutIt() throws Exception {
        try (Connection db = convertAndApply("mergekept", """
                CREATE TABLE stock (item varchar(10) PRIMARY KEY, qty int)
                CREATE TABLE log (item varchar(10), act nvarchar(10))
                GO
                CREATE PROCEDURE prune
                AS
                MERGE stock USING (SELECT item FROM stock WHERE qty > 0) m ON stock.item = m.item
                WHEN NOT MATCHED BY SOURCE THEN DELETE;
                MERGE stock USING (VALUES ('a', 1), ('b', 2)) AS m (item, qty) ON stock.item = m.item
                WHEN MATCHED THEN UPDATE SET qty = m.qty
                WHEN NOT MATCHED THEN INSERT (item, qty) VALUES (m.item, m.qty)
                OUTPUT inserted.item, $action AS act INTO log;
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO stock VALUES ('a', 0), ('z', 0)");
            SharedPostgres.runScript(db, "CALL prune()");
            assertThat(rows(db, "SELECT item, qty FROM stock ORDER BY item"))
                    .containsExactly(List.of("a", "1"), List.of("b", "2"), List.of("z", "0"));
            assertThat(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'prune'")).contains("-- MERGE stock")
                    .contains("-- OUTPUT inserted.item, $action AS act INTO log");
        }
        // $action parses: the OUTPUT is reported, not a syntax error
        assertThat(items()).map(ActionItem::message).noneSatisfy(m -> assertThat(m).containsIgnoringCase("syntax"));
        assertThat(items()).map(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("WHEN NOT MATCHED BY SOURCE", "reads the target table"))
                .anySatisfy(m -> assertThat(m).contains("MERGE ... OUTPUT inserted.item, $action AS act INTO log", "RETURNING"));
        assertThat(org.schemashift.report.ReportBuilder.build(result).objects()).filteredOn(o -> "prune".equals(o.name()))
                .singleElement().extracting(o -> o.status()).isEqualTo("manual");
    }

    /** COLUMNS_UPDATED() has column n of the CREATE TABLE in bit n - 1: a constant mask tests those columns as UPDATE(c) does. */
    @Test
    void columnsUpdatedMasksTestTheColumnsTheUpdateNames() throws Exception {
        try (Connection db = convertAndApply("columnsupdated", """
                CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int)
                CREATE TABLE log (msg varchar(50))
                GO
                CREATE TRIGGER t_upd ON t AFTER UPDATE
                AS
                IF (COLUMNS_UPDATED() & 6) > 0 INSERT INTO log VALUES ('a or b')
                IF (COLUMNS_UPDATED() & 6) = 6 INSERT INTO log VALUES ('a and b')
                IF 0 = (SUBSTRING(COLUMNS_UPDATED(), 1, 1) & 8) INSERT INTO log VALUES ('not c')
                GO
                CREATE TRIGGER created_later ON later AFTER UPDATE
                AS
                IF (COLUMNS_UPDATED() & 2) > 0 INSERT INTO log VALUES ('x')
                GO
                CREATE TABLE later (id int, x int)
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (1, 0, 0, 0)");
            SharedPostgres.runScript(db, "UPDATE t SET a = 1");
            assertThat(rows(db, "SELECT msg FROM log ORDER BY msg")).containsExactly(List.of("a or b"), List.of("not c"));
            SharedPostgres.runScript(db, "DELETE FROM log; UPDATE t SET a = 2, b = 2");
            assertThat(rows(db, "SELECT msg FROM log ORDER BY msg")).containsExactly(List.of("a and b"), List.of("a or b"),
                    List.of("not c"));
            SharedPostgres.runScript(db, "DELETE FROM log; UPDATE t SET c = 1");
            assertThat(rows(db, "SELECT msg FROM log")).isEmpty();
        }
        assertThat(items()).map(ActionItem::message).anySatisfy(m -> assertThat(m).contains("COLUMNS_UPDATED() of a table the input "
                + "does not create before"));
    }

    @Test
    void anAfterTriggerIsNotFiredAgainByItsOwnChangeOfItsTableButIsByAnotherTriggers() throws Exception {
        try (Connection db = convertAndApply("own_changes", """
                CREATE TABLE orders (id int PRIMARY KEY, qty int, stamped int DEFAULT 0)
                CREATE TABLE imports (id int PRIMARY KEY, qty int)
                GO
                CREATE TRIGGER orders_stamp ON orders AFTER INSERT, UPDATE AS
                BEGIN
                  UPDATE o SET stamped = o.stamped + 1 FROM orders o JOIN inserted i ON o.id = i.id
                END
                GO
                CREATE TRIGGER imports_copy ON imports AFTER INSERT AS
                  INSERT INTO orders (id, qty) SELECT id, qty FROM inserted
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO orders (id, qty) VALUES (1, 5)");
            SharedPostgres.runScript(db, "UPDATE orders SET qty = 6");
            assertThat(one(db, "SELECT stamped FROM orders WHERE id = 1")).as("RECURSIVE_TRIGGERS OFF: its own UPDATE does not "
                    + "fire it again").isEqualTo("2");
            SharedPostgres.runScript(db, "INSERT INTO imports VALUES (2, 7)");
            assertThat(one(db, "SELECT stamped FROM orders WHERE id = 2")).as("a nested trigger's INSERT fires it").isEqualTo("1");
        }
        assertThat(result.decisions()).anySatisfy(d -> assertThat(d.ruleId()).isEqualTo("plpgsql.trigger-skips-own-changes"));
    }

    @Test
    void insteadOfTriggersRunPerRowOnAViewAndSkipTheRowOnATable() throws Exception {
        try (Connection db = convertAndApply("instead", """
                CREATE TABLE people (id int PRIMARY KEY, name varchar(20))
                CREATE TABLE log (msg varchar(50))
                GO
                CREATE VIEW people_v AS SELECT id, name FROM people
                GO
                CREATE TRIGGER people_v_ins ON people_v INSTEAD OF INSERT
                AS
                INSERT INTO people (id, name) SELECT i.id, upper(i.name) FROM inserted i
                GO
                CREATE TRIGGER people_keep ON people INSTEAD OF DELETE
                AS
                IF EXISTS (SELECT 1 FROM deleted WHERE id < 0) RETURN
                INSERT INTO log SELECT 'kept ' + name FROM deleted
                GO
                CREATE TABLE tags (id int PRIMARY KEY, tag varchar(20))
                GO
                CREATE TRIGGER tags_clean ON tags INSTEAD OF INSERT
                AS
                INSERT INTO tags (id, tag) SELECT id, lower(tag) FROM inserted WHERE tag <> ''
                GO
                CREATE TRIGGER tags_reclean ON tags INSTEAD OF UPDATE
                AS
                UPDATE t SET tag = lower(i.tag) FROM tags t JOIN inserted i ON i.id = t.id
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO people_v VALUES (1, 'ann'), (2, 'bob')");
            SharedPostgres.runScript(db, "DELETE FROM people WHERE id = 1");
            assertThat(rows(db, "SELECT id, name FROM people ORDER BY id")).containsExactly(List.of("1", "ANN"), List.of("2", "BOB"));
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(List.of("kept ANN"));
            // the trigger's own INSERT and UPDATE of tags are let through, not run through the trigger again
            SharedPostgres.runScript(db, "INSERT INTO tags VALUES (1, 'ABC'), (2, ''), (3, 'Xy')");
            SharedPostgres.runScript(db, "UPDATE tags SET tag = 'QQ' WHERE id = 3");
            assertThat(rows(db, "SELECT id, tag FROM tags ORDER BY id")).containsExactly(List.of("1", "abc"), List.of("3", "qq"));
            List<String> lines = List.of(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'tags_clean'").strip().split("\\n"));
            assertThat(lines.get(lines.size() - 2).strip()).isEqualTo("RETURN NULL;");
            assertThat(String.join("\n", lines)).contains("pg_trigger_depth() > 1");
        }
        assertThat(codes()).contains("SS-MSS-0202");
    }

    @Test
    void objectIdCharSpaceSchemaNameAndSpidReadPostgresqlsCatalogAndSession() throws Exception {
        try (Connection db = convertAndApply("sysfunctions", """
                CREATE TABLE t (id int)
                GO
                CREATE PROCEDURE info @has_t int OUTPUT, @has_x int OUTPUT, @line nvarchar(20) OUTPUT, @sch sysname OUTPUT,
                  @spid int OUTPUT
                AS
                SET @has_t = CASE WHEN OBJECT_ID('t') IS NULL THEN 0 ELSE 1 END
                SET @has_x = CASE WHEN OBJECT_ID('x') IS NULL THEN 0 ELSE 1 END
                SET @line = 'a' + CHAR(44) + SPACE(2) + 'b'
                SET @sch = SCHEMA_NAME()
                SET @spid = @@SPID
                GO
                """)) {
            String schema = one(db, "SELECT schemaname FROM pg_tables WHERE tablename = 't'");
            SharedPostgres.runScript(db, "SET search_path = " + schema + ", public");
            assertThat(rows(db, "CALL info(NULL, NULL, NULL, NULL, NULL)")).containsExactly(
                    List.of("1", "0", "a,  b", schema, one(db, "SELECT pg_backend_pid()")));
        }
        assertThat(codes()).contains("SS-MSS-0216");
    }

    @Test
    void errorNumberComparedWithASqlServerErrorTestsTheSqlstateThatMeansTheSame() throws Exception {
        try (Connection db = convertAndApply("errornumbers", """
                CREATE TABLE t (id int PRIMARY KEY)
                CREATE TABLE log (msg varchar(50))
                GO
                CREATE PROCEDURE add_once @id int, @d int
                AS
                BEGIN TRY
                  INSERT INTO t VALUES (@id / @d)
                END TRY
                BEGIN CATCH
                  IF ERROR_NUMBER() = 2627 INSERT INTO log VALUES ('duplicate')
                  ELSE IF ERROR_NUMBER() = 8134 INSERT INTO log VALUES ('divided by zero')
                  ELSE THROW
                END CATCH
                GO
                """)) {
            SharedPostgres.runScript(db, "CALL add_once(1, 1)");
            SharedPostgres.runScript(db, "CALL add_once(1, 1)");
            SharedPostgres.runScript(db, "CALL add_once(1, 0)");
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(List.of("duplicate"), List.of("divided by zero"));
        }
    }
    /** ERROR_LINE() and ERROR_PROCEDURE() read the error's PG_EXCEPTION_CONTEXT: the line of the PL/pgSQL body and the routine. */
    @Test
    void errorLineAndProcedureInCatchNameThePlpgsqlLineAndRoutineThatRaisedTheError() throws Exception {
        try (Connection db = convertAndApply("errorplace", """
                CREATE PROCEDURE dbo.fails @line int OUTPUT, @proc sysname OUTPUT, @severity int OUTPUT, @state int OUTPUT,
                  @outside int OUTPUT
                AS
                SET @outside = ERROR_LINE()
                BEGIN TRY
                  DECLARE @x int
                  SET @x = 1 / 0
                END TRY
                BEGIN CATCH
                  SET @line = ERROR_LINE()
                  SET @proc = ERROR_PROCEDURE()
                  SET @severity = ERROR_SEVERITY()
                  SET @state = ERROR_STATE()
                END CATCH
                GO
                """)) {
            List<String> body = List.of(one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'fails'").split("\n", -1));
            int divisionLine = 1 + java.util.stream.IntStream.range(0, body.size()).filter(i -> body.get(i).contains("1 / 0"))
                    .findFirst().orElseThrow();
            assertThat(rows(db, "CALL fails(NULL, NULL, NULL, NULL, NULL)")).containsExactly(
                    java.util.Arrays.asList(String.valueOf(divisionLine), "fails", "16", "1", null));
        }
        assertThat(items()).map(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("ERROR_LINE()", "PL/pgSQL body"))
                .anySatisfy(m -> assertThat(m).contains("ERROR_PROCEDURE()", "converted name"));
    }

    @Test
    void nestedJoinsBindTheirOnClausesInnermostFirst() throws Exception {
        try (Connection db = convertAndApply("nestedjoins", """
                CREATE TABLE a (id int PRIMARY KEY, n varchar(10))
                CREATE TABLE b (id int PRIMARY KEY, aid int)
                CREATE TABLE c (id int PRIMARY KEY, bid int, n varchar(10))
                GO
                CREATE VIEW kept AS
                SELECT a.n AS an, c.n AS cn FROM a LEFT JOIN b JOIN c ON c.bid = b.id ON b.aid = a.id
                GO
                CREATE FUNCTION dbo.matched () RETURNS TABLE AS RETURN
                (SELECT a.n AS an, c.n AS cn FROM a JOIN b JOIN c ON c.bid = b.id ON b.aid = a.id)
                GO
                """)) {
            SharedPostgres.runScript(db, """
                    INSERT INTO a VALUES (1, 'one'), (2, 'two'), (3, 'three');
                    INSERT INTO b VALUES (10, 1), (20, 2);
                    INSERT INTO c VALUES (100, 10, 'hundred')""");
            // b 20 has no c: the inner join of b and c drops it before a is outer-joined to the result
            assertThat(rows(db, "SELECT an, cn FROM kept ORDER BY an")).containsExactly(
                    List.of("one", "hundred"), java.util.Arrays.asList("three", null), java.util.Arrays.asList("two", null));
            assertThat(rows(db, "SELECT an, cn FROM matched()")).containsExactly(List.of("one", "hundred"));
            assertThat(one(db, "SELECT pg_get_viewdef('kept')")).contains("LEFT JOIN (b");
        }
    }

    @Test
    void serverAdministrationAndClrTableFunctionsAreReportedAndTheRestRuns() throws Exception {
        try (Connection db = convertAndApply("serveradmin", """
                CREATE TABLE log (msg varchar(50))
                GO
                CREATE PROCEDURE dbo.uninstall @drop bit
                AS
                BEGIN
                  IF @drop = 1 DROP LOGIN tester
                  DROP ASSEMBLY tester_clr
                  EXEC sp_configure 'clr enabled', 1
                  RECONFIGURE WITH OVERRIDE
                  INSERT INTO log VALUES ('done')
                END
                GO
                CREATE FUNCTION dbo.annotations (@definition nvarchar(max))
                  RETURNS TABLE (annotation_no int, annotation nvarchar(max))
                  AS EXTERNAL NAME tester_clr.[Tester.Annotations].GetAnnotationList
                GO
                """)) {
            String body = one(db, "SELECT prosrc FROM pg_proc WHERE proname = 'uninstall'");
            assertThat(body).contains("-- ").contains("DROP LOGIN tester").contains("DROP ASSEMBLY tester_clr")
                    .contains("RECONFIGURE WITH OVERRIDE");
        }
        assertThat(items()).filteredOn(i -> i.code().code().equals("SS-GEN-0018")).extracting(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("DROP LOGIN tester", "no PostgreSQL equivalent"))
                .anySatisfy(m -> assertThat(m).contains("RECONFIGURE"));
        assertThat(items()).filteredOn(i -> i.code().code().equals("SS-MSS-0135")).extracting(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("annotations", "EXTERNAL NAME"));
        assertThat(org.schemashift.report.ReportBuilder.build(result).objects()).filteredOn(o -> "uninstall".equals(o.name()))
                .singleElement().extracting(o -> o.status()).isEqualTo("manual");
    }

    @Test
    void objectAndSchemaNamesOfCatalogNumbersAndParsenameReadPostgresqlsCatalog() throws Exception {
        try (Connection db = convertAndApply("objectnames", """
                CREATE TABLE t (id int)
                GO
                CREATE PROCEDURE names @table_name sysname OUTPUT, @table_schema sysname OUTPUT, @schema_id int,
                  @schema sysname OUTPUT, @missing sysname OUTPUT, @same_schema_id int OUTPUT
                AS
                DECLARE @id int = OBJECT_ID('t')
                SET @table_name = OBJECT_NAME(@id)
                SET @table_schema = OBJECT_SCHEMA_NAME(@id)
                SET @schema = SCHEMA_NAME(@schema_id)
                SET @missing = OBJECT_NAME(-1)
                SET @same_schema_id = SCHEMA_ID(@schema)
                GO
                CREATE FUNCTION dbo.name_part (@name nvarchar(200), @part int) RETURNS nvarchar(128)
                AS
                BEGIN
                  RETURN PARSENAME(@name, @part)
                END
                GO
                """)) {
            String schema = one(db, "SELECT schemaname FROM pg_tables WHERE tablename = 't'");
            String schemaId = one(db, "SELECT oid FROM pg_namespace WHERE nspname = '" + schema + "'");
            SharedPostgres.runScript(db, "SET search_path = " + schema + ", public");
            assertThat(rows(db, "CALL names(NULL, NULL, " + schemaId + ", NULL, NULL, NULL)"))
                    .containsExactly(java.util.Arrays.asList("t", schema, schema, null, schemaId));
            assertThat(rows(db, """
                    SELECT name_part('srv.db.[dbo].[my.table]', 1), name_part('srv.db.[dbo].[my.table]', 2),
                           name_part('srv.db.[dbo].[my.table]', 3), name_part('srv.db.[dbo].[my.table]', 4),
                           name_part('srv.db.[dbo].[my.table]', 5), name_part('a..b', 2), name_part('[a]]b].c', 2),
                           name_part('"q""x".y', 2), name_part('a.b.c.d.e', 1), name_part('[a', 1), name_part('plain', 1)
                    """)).containsExactly(java.util.Arrays.asList("my.table", "dbo", "db", "srv", null, null, "a]b", "q\"x", null,
                    null, "plain"));
        }
        assertThat(codes()).contains("SS-MSS-0203");
        // the helper object is named for the schema it creates
        assertThat(result.objects()).map(o -> o.name()).contains("mssql_compat").doesNotContain("oracle_compat");
    }

    @Test
    void deletedIsEmptyOnAnInsertAndInsertedOnADeleteSoTheExistsIdiomsTellTheEvent() throws Exception {
        try (Connection db = convertAndApply("idioms", """
                CREATE TABLE log (msg varchar(50))
                CREATE TABLE items (id int PRIMARY KEY, name varchar(20))
                GO
                CREATE TRIGGER items_change ON items INSTEAD OF INSERT, UPDATE, DELETE
                AS
                IF NOT EXISTS (SELECT 1 FROM deleted) INSERT INTO log VALUES ('insert')
                ELSE IF EXISTS (SELECT * FROM inserted) INSERT INTO log VALUES ('update')
                ELSE INSERT INTO log VALUES ('delete')
                INSERT INTO log SELECT 'deleted ' + CAST(count(*) AS varchar(5)) FROM deleted
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 'a')");
            SharedPostgres.runScript(db, "ALTER TABLE items DISABLE TRIGGER items_change");
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 'a')");
            SharedPostgres.runScript(db, "ALTER TABLE items ENABLE TRIGGER items_change");
            SharedPostgres.runScript(db, "UPDATE items SET name = 'b'");
            SharedPostgres.runScript(db, "DELETE FROM items");
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(List.of("insert"), List.of("deleted 0"), List.of("update"),
                    List.of("deleted 1"), List.of("delete"), List.of("deleted 1"));
            assertThat(one(db, "SELECT count(*) FROM items")).isEqualTo("1");
        }
    }

    @Test
    void deleteOfTheKeptSideOfALeftJoinDeletesTheUnmatchedRows() throws Exception {
        try (Connection db = convertAndApply("antijoin", """
                CREATE TABLE parent (id int PRIMARY KEY)
                CREATE TABLE child (id int PRIMARY KEY, parent_id int)
                GO
                CREATE PROCEDURE orphans
                AS
                DELETE c FROM child c LEFT JOIN parent p ON p.id = c.parent_id WHERE p.id IS NULL
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO parent VALUES (1), (2)");
            SharedPostgres.runScript(db, "INSERT INTO child VALUES (10, 1), (11, 3), (12, NULL), (13, 2)");
            SharedPostgres.runScript(db, "CALL orphans()");
            assertThat(rows(db, "SELECT id FROM child ORDER BY id")).containsExactly(List.of("10"), List.of("13"));
        }
    }

    @Test
    void afterTriggerOnSeveralEventsReadsAnEmptyDeletedOnInsertAndAnEmptyInsertedOnDelete() throws Exception {
        try (Connection db = convertAndApply("events", """
                CREATE TABLE log (msg varchar(50))
                CREATE TABLE items (id int PRIMARY KEY, name varchar(20))
                GO
                CREATE TRIGGER items_audit ON items AFTER INSERT, UPDATE, DELETE
                AS
                INSERT INTO log SELECT 'inserted ' + CAST((SELECT count(*) FROM inserted) AS varchar(5))
                  + ' deleted ' + CAST((SELECT count(*) FROM deleted) AS varchar(5))
                GO
                CREATE TRIGGER items_new ON items AFTER INSERT, UPDATE
                AS
                INSERT INTO log SELECT 'new ' + i.name FROM inserted AS i
                GO
                CREATE TRIGGER items_gone ON items AFTER DELETE
                AS
                IF NOT EXISTS (SELECT 1 FROM inserted) INSERT INTO log SELECT 'gone ' + name FROM deleted
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 'a'), (2, 'b')");
            SharedPostgres.runScript(db, "UPDATE items SET name = 'c' WHERE id = 1");
            SharedPostgres.runScript(db, "DELETE FROM items");
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(List.of("inserted 2 deleted 0"), List.of("new a"),
                    List.of("new b"), List.of("inserted 1 deleted 1"), List.of("new c"), List.of("inserted 0 deleted 2"), List.of("gone b"), List.of("gone c"));
        }
        String audit = result.objects().stream().filter(o -> o.sql().contains("items_audit")).findFirst().orElseThrow().sql();
        assertThat(audit).contains("FROM (SELECT * FROM items WHERE FALSE) AS deleted", "FROM (SELECT * FROM items WHERE FALSE) AS inserted")
                .contains("AFTER INSERT ON items REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT");
        String onlyNew = result.objects().stream().filter(o -> o.sql().contains("items_new")).findFirst().orElseThrow().sql();
        assertThat(onlyNew).as("a trigger that reads only what each of its events has keeps one function")
                .containsOnlyOnce("CREATE FUNCTION");
    }

    @Test
    void afterAnInnerTryCatchTheOuterCatchReadsItsOwnErrorAgain() throws Exception {
        try (Connection db = convertAndApply("nestedcatch", """
                CREATE TABLE log (msg varchar(200))
                GO
                CREATE PROCEDURE nested @innerChangesData bit
                AS
                BEGIN TRY
                  THROW 50001, 'outer', 1
                END TRY
                BEGIN CATCH
                  DECLARE @line int = ERROR_LINE(), @x int
                  IF @innerChangesData = 1
                    BEGIN TRY
                      INSERT INTO log VALUES (CAST(1 / 0 AS varchar(10)))
                    END TRY
                    BEGIN CATCH
                      INSERT INTO log VALUES ('inner ' + ERROR_MESSAGE())
                    END CATCH
                  ELSE
                    BEGIN TRY
                      SET @x = 1 / 0
                    END TRY
                    BEGIN CATCH
                      INSERT INTO log VALUES ('inner ' + ERROR_MESSAGE())
                    END CATCH
                  INSERT INTO log VALUES ('outer ' + ERROR_MESSAGE() + ' ' + CAST(ERROR_NUMBER() AS varchar(10))
                    + CASE WHEN ERROR_LINE() = @line THEN ' same line' ELSE ' other line' END)
                END CATCH
                GO
                """)) {
            SharedPostgres.runScript(db, "CALL nested(false)");
            SharedPostgres.runScript(db, "CALL nested(true)");
            assertThat(rows(db, "SELECT msg FROM log")).containsExactly(List.of("inner division by zero"),
                    List.of("outer outer P0001 same line"), List.of("inner division by zero"), List.of("outer outer P0001 same line"));
        }
    }

    @Test
    void objectIdOfAConstantNameLooksUpTheNameTheConversionGaveThatTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path rules = dir.resolve("rules.yaml");
        java.nio.file.Files.writeString(rules, "rename:\n  - {id: PURCHASES, kind: table, name: Orders, to: purchases}\n");
        try (Connection db = convertAndApply("objectnames", """
                CREATE TABLE dbo.Orders (id int PRIMARY KEY)
                CREATE TABLE [Order Details] (id int)
                GO
                CREATE PROCEDURE found @orders bit OUTPUT, @bracketed bit OUTPUT, @details bit OUTPUT, @temp bit OUTPUT,
                  @missing bit OUTPUT
                AS
                CREATE TABLE #work (id int)
                SET @orders = CASE WHEN OBJECT_ID('dbo.Orders') IS NOT NULL THEN 1 ELSE 0 END
                SET @bracketed = CASE WHEN OBJECT_ID(N'[dbo].[ORDERS]', 'U') IS NOT NULL THEN 1 ELSE 0 END
                SET @details = CASE WHEN OBJECT_ID('[dbo].[Order Details]') IS NOT NULL THEN 1 ELSE 0 END
                SET @temp = CASE WHEN OBJECT_ID('tempdb..#work') IS NOT NULL THEN 1 ELSE 0 END
                SET @missing = CASE WHEN OBJECT_ID('dbo.Nothing') IS NOT NULL THEN 1 ELSE 0 END
                GO
                """, rules)) {
            assertThat(rows(db, "CALL found(NULL, NULL, NULL, NULL, NULL)")).containsExactly(List.of("t", "t", "t", "t", "f"));
        }
        assertThat(codes()).contains("SS-MSS-0216").doesNotContain("SS-MSS-0121");
    }

    @Test
    void anAssignedInputParameterStaysTheCalleesAndAnOutputParameterComesBackToTheCaller() throws Exception {
        try (Connection db = convertAndApply("roundtrip", """
                CREATE PROCEDURE dbo.bump @n int, @total int OUTPUT, @label varchar(20) = 'x' OUTPUT
                AS
                SET @n = @n * 10
                SET @total = ISNULL(@total, 0) + @n
                SET @label = @label + '!'
                GO
                CREATE PROCEDURE dbo.caller @result varchar(60) OUTPUT
                AS
                DECLARE @n int = 2, @total int = 1, @label varchar(20) = 'a'
                EXEC dbo.bump @n, @total OUTPUT
                EXEC dbo.bump @n = @n, @total = @total OUTPUT, @label = @label OUTPUT
                EXEC dbo.bump 3, @total
                SET @result = CAST(@n AS varchar(10)) + ' ' + CAST(@total AS varchar(10)) + ' ' + @label
                GO
                """)) {
            assertThat(one(db, "CALL caller(NULL)")).isEqualTo("2 41 a!");
        }
    }

    @Test
    void aMergeFromInsertedInATriggerOnInsertAndDeleteMergesNothingOnADelete() throws Exception {
        try (Connection db = convertAndApply("mergeinserted", """
                CREATE TABLE items (id int PRIMARY KEY, name varchar(20))
                CREATE TABLE seen (id int PRIMARY KEY, times int)
                GO
                CREATE TRIGGER items_seen ON items AFTER INSERT, DELETE
                AS
                MERGE seen AS s USING inserted AS i ON s.id = i.id
                WHEN MATCHED THEN UPDATE SET times = s.times + 1
                WHEN NOT MATCHED THEN INSERT (id, times) VALUES (i.id, 1);
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 'a'), (2, 'b')");
            SharedPostgres.runScript(db, "DELETE FROM items WHERE id = 1");
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 'a')");
            assertThat(rows(db, "SELECT id, times FROM seen ORDER BY id")).containsExactly(List.of("1", "2"), List.of("2", "1"));
        }
    }

    @Test
    void updateOfTheKeptSideOfALeftJoinReadsTheJoinedRowOrNulls() throws Exception {
        try (Connection db = convertAndApply("outerupdate", """
                CREATE TABLE account (id int PRIMARY KEY, bonus int)
                CREATE TABLE grants (account_id int PRIMARY KEY, amount int)
                GO
                CREATE PROCEDURE settle
                AS
                UPDATE a SET bonus = ISNULL(g.amount, 0) FROM account a LEFT JOIN grants g ON g.account_id = a.id WHERE a.id < 3
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO account VALUES (1, 5), (2, 6), (3, 7)");
            SharedPostgres.runScript(db, "INSERT INTO grants VALUES (1, 100), (9, 900)");
            SharedPostgres.runScript(db, "CALL settle()");
            assertThat(rows(db, "SELECT id, bonus FROM account ORDER BY id"))
                    .containsExactly(List.of("1", "100"), List.of("2", "0"), List.of("3", "7"));
        }
    }

    @Test
    void lockingTableHintsLockTheRowsTheSelectReads() throws Exception {
        try (Connection db = convertAndApply("counters", """
                CREATE TABLE dbo.counters (name varchar(20) NOT NULL PRIMARY KEY, next_id int NOT NULL)
                GO
                CREATE PROCEDURE dbo.next_id @name varchar(20), @id int OUTPUT AS
                BEGIN
                  SELECT @id = next_id FROM dbo.counters c WITH (UPDLOCK, HOLDLOCK) WHERE c.name = @name
                  UPDATE dbo.counters SET next_id = next_id + 1 WHERE name = @name
                END
                GO
                CREATE PROCEDURE dbo.take @id int OUTPUT AS
                  SELECT TOP (1) @id = next_id FROM dbo.counters WITH (ROWLOCK, READPAST, UPDLOCK) ORDER BY name
                GO
                CREATE FUNCTION dbo.peek (@name varchar(20)) RETURNS int AS
                BEGIN
                  RETURN (SELECT next_id FROM dbo.counters WITH (NOLOCK) WHERE name = @name)
                END
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO counters VALUES ('order', 1), ('zeta', 7)");
            assertThat(one(db, "CALL next_id('order', NULL)")).isEqualTo("1");
            assertThat(one(db, "CALL next_id('order', NULL)")).isEqualTo("2");
            assertThat(one(db, "CALL take(NULL)")).isEqualTo("3");
            assertThat(one(db, "SELECT peek('order')")).isEqualTo("3");
            String script = SchemaScript.render(result);
            assertThat(script).contains("WHERE c.name = p_name FOR UPDATE OF c").contains("LIMIT 1 FOR UPDATE OF counters SKIP LOCKED")
                    .doesNotContain("FOR SHARE");
            // HOLDLOCK's key-range locks are reported; NOLOCK is dropped (PostgreSQL's readers never block)
            assertThat(codes()).contains("SS-MSS-0220", "SS-MSS-0116");
        }
    }

    /** A bit parameter's default 0 or 1 is FALSE or TRUE, as a bit variable's; a table-valued function in FROM is called there. */
    @Test
    void aBitParameterDefaultsToFalseOrTrueAndATableFunctionIsReadInFrom() throws Exception {
        try (Connection db = convertAndApply("bitdefault", """
                CREATE TABLE items (id int PRIMARY KEY, price int)
                GO
                CREATE FUNCTION dbo.Cheap (@limit int) RETURNS TABLE AS RETURN SELECT id, price FROM dbo.items WHERE price < @limit
                GO
                CREATE PROCEDURE dbo.Count @limit int, @verbose bit = 0, @strict bit = 1, @n int OUTPUT
                AS
                SELECT @n = COUNT(*) FROM dbo.Cheap(@limit) AS c CROSS APPLY dbo.Cheap(c.price + 1) AS d WHERE d.id = c.id
                IF @verbose = 1 AND @strict = 1 SET @n = -@n
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO items VALUES (1, 5), (2, 50)");
            assertThat(rows(db, "CALL count(10, p_n => NULL)")).containsExactly(List.of("1"));
            assertThat(rows(db, "CALL count(100, TRUE, TRUE, NULL)")).containsExactly(List.of("-2"));
        }
    }
    /**
     * UPDATE(col) is about the statement that fired the trigger: in a firing by a nested statement (the trigger's own
     * UPDATE of another table, whose trigger updates this table again) it is true for the columns that statement sets,
     * not for those the outer statement set, which stays true for the outer firing.
     */
    @Test
    void updateOfAColumnInANestedFiringIsAboutTheNestedStatement() throws Exception {
        try (Connection db = convertAndApply("nestedupdate", """
                CREATE TABLE t (id int PRIMARY KEY, a int, b int)
                CREATE TABLE u (id int PRIMARY KEY, n int)
                CREATE TABLE log (seq int IDENTITY PRIMARY KEY, what varchar(20))
                GO
                CREATE TRIGGER t_upd ON t AFTER UPDATE
                AS
                BEGIN
                  IF UPDATE(a) INSERT INTO log (what) VALUES ('a')
                  IF UPDATE(b) INSERT INTO log (what) VALUES ('b')
                  IF UPDATE(a) UPDATE u SET n = n + 1
                  IF UPDATE(a) INSERT INTO log (what) VALUES ('a after')
                END
                GO
                CREATE TRIGGER u_upd ON u AFTER UPDATE
                AS
                UPDATE t SET b = b + 1
                GO
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (1, 0, 0); INSERT INTO u VALUES (1, 0)");
            SharedPostgres.runScript(db, "UPDATE t SET a = 5");
            assertThat(rows(db, "SELECT what FROM log ORDER BY seq")).containsExactly(List.of("a"), List.of("b"), List.of("a after"));
            assertThat(rows(db, "SELECT a, b FROM t")).containsExactly(List.of("5", "1"));
        }
    }
    /**
     * SCOPE_IDENTITY() right after a one-row INSERT is that row's identity, whatever the table's trigger inserts
     * elsewhere; @@IDENTITY is the last one the session generated (lastval()).
     */
    @Test
    void scopeIdentityAfterAnInsertIsThatRowsIdentity() throws Exception {
        try (Connection db = convertAndApply("identity", """
                CREATE TABLE dbo.orders (id int IDENTITY(1,1) PRIMARY KEY, customer nvarchar(50) NOT NULL)
                CREATE TABLE dbo.audit (id int IDENTITY(100,1) PRIMARY KEY, what nvarchar(50))
                GO
                CREATE TRIGGER orders_audit ON dbo.orders AFTER INSERT AS
                  INSERT INTO dbo.audit (what) SELECT customer FROM inserted
                GO
                CREATE PROCEDURE dbo.add_order @customer nvarchar(50), @id int OUTPUT, @last int OUTPUT AS
                BEGIN
                  INSERT INTO dbo.orders (customer) VALUES (@customer)
                  SET @id = SCOPE_IDENTITY()
                  SET @last = @@IDENTITY
                END
                GO
                """)) {
            // @@IDENTITY is the session's last identity value, the trigger's insert into audit
            assertThat(rows(db, "CALL add_order('ann', NULL, NULL)")).containsExactly(List.of("1", "100"));
            assertThat(rows(db, "CALL add_order('bob', NULL, NULL)")).containsExactly(List.of("2", "101"));
            assertThat(rows(db, "SELECT id, what FROM audit ORDER BY id")).containsExactly(List.of("100", "ann"), List.of("101", "bob"));
            assertThat(SchemaScript.render(result)).contains("RETURNING id INTO p_id");
        }
    }
}
