package org.schemashift.source.oracle.plsql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.PackageDef;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.RoutineTraits;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.SourceFile;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.oracle.OracleSourceDialect;

/** PL/SQL units in, IR facts out: the builder's contract (docs/procedural-ir.md), one construct per test. */
class PlSqlReaderTest {

    private static List<SourceStatement> read(String script) {
        return new OracleSourceDialect().read(new SourceFile("test.sql", script));
    }

    private static SourceStatement parsed(String unit) {
        SourceStatement s = read(unit + "\n/\n").get(0);
        assertThat(s.disposition()).as(s.actionItems().toString()).isEqualTo(Disposition.PARSED);
        return s;
    }

    private static Routine routine(String unit) {
        return ((SchemaChange.CreateRoutine) parsed(unit).changes().get(0)).routine();
    }

    /** The statements of {@code CREATE PROCEDURE p IS <declarations> BEGIN <body> END;}. */
    private static List<Statement> body(String declarations, String statements) {
        return block(declarations, statements).statements();
    }

    private static Block block(String declarations, String statements) {
        return routine("CREATE OR REPLACE PROCEDURE p IS\n" + declarations + "\nBEGIN\n" + statements + "\nEND p;").body().block();
    }

    private static String sql(SqlNode node) {
        return node.toString().replaceAll("\\s+", " ");
    }

    @Test
    void procedureSignatureAndTraits() {
        Routine r = routine("""
                CREATE OR REPLACE EDITIONABLE FUNCTION hr.f (a IN NUMBER, b OUT VARCHAR2, c IN OUT NOCOPY DATE,
                    d employees.salary%TYPE DEFAULT 0) RETURN NUMBER DETERMINISTIC AUTHID CURRENT_USER IS
                  PRAGMA AUTONOMOUS_TRANSACTION;
                BEGIN
                  RETURN a;
                END;""");
        assertThat(r.name().toString()).isEqualTo("HR.F");
        assertThat(r.kind()).isEqualTo(ObjectKind.FUNCTION);
        assertThat(r.signature().parameters()).extracting(p -> p.name() + " " + p.mode())
                .containsExactly("A IN", "B OUT", "C INOUT", "D IN");
        assertThat(r.signature().parameters().get(3).type()).isEqualTo(
                new ProcType.Anchored(List.of("EMPLOYEES", "SALARY"), ProcType.Anchor.TYPE, null));
        assertThat(sql(r.signature().parameters().get(3).defaultValue())).isEqualTo("0");
        assertThat(r.signature().returns().setOf()).isFalse();
        assertThat(r.traits()).isEqualTo(new RoutineTraits(true, RoutineTraits.Rights.INVOKER, true));
        assertThat(r.body().block().statements()).singleElement().isInstanceOf(Statement.Return.class);
    }

    @Test
    void aPackageSubtypeServesItsBodyAndOtherPackagesReadAfterIt() {
        List<SourceStatement> statements = read("""
                CREATE PACKAGE str AS
                  SUBTYPE t_big IS VARCHAR2(32000);
                END;
                /
                CREATE PACKAGE BODY str AS
                  FUNCTION pad (s t_big) RETURN t_big IS BEGIN RETURN s; END;
                END;
                /
                CREATE FUNCTION shout (s str.t_big) RETURN str.t_big IS BEGIN RETURN UPPER(s); END;
                /
                """);
        PackageDef body = statements.stream().flatMap(st -> st.changes().stream())
                .filter(c -> c instanceof SchemaChange.CreatePackage p && !p.pkg().body().isEmpty())
                .map(c -> ((SchemaChange.CreatePackage) c).pkg()).findFirst().orElseThrow();
        Declaration.Subprogram pad = (Declaration.Subprogram) body.body().get(0);
        Routine shout = statements.stream().flatMap(st -> st.changes().stream())
                .filter(SchemaChange.CreateRoutine.class::isInstance).map(c -> ((SchemaChange.CreateRoutine) c).routine())
                .findFirst().orElseThrow();
        for (ProcType type : List.of(pad.signature().parameters().get(0).type(), shout.signature().parameters().get(0).type(),
                shout.signature().returns().type())) {
            assertThat(type).isInstanceOfSatisfying(ProcType.Declared.class, d -> assertThat(d.type().length()).isEqualTo(32000));
        }
    }

    @Test
    void pipelinedResultCacheAndExternalCode() {
        SourceStatement s = parsed("CREATE FUNCTION f RETURN t_rows PIPELINED RESULT_CACHE IS BEGIN PIPE ROW (NULL); RETURN; END;");
        Routine r = ((SchemaChange.CreateRoutine) s.changes().get(0)).routine();
        assertThat(r.signature().returns()).isEqualTo(new org.schemashift.model.proc.Returns(new ProcType.Named(List.of("T_ROWS")), true));
        assertThat(r.body().block().statements().get(0)).isInstanceOf(Statement.ReturnNext.class);
        assertThat(s.actionItems()).extracting(ActionItem::code).containsExactly(OracleCode.PLSQL_HINT);

        SourceStatement java = parsed("CREATE FUNCTION md5 (s VARCHAR2) RETURN VARCHAR2 AS LANGUAGE JAVA NAME 'Util.md5(java.lang.String) return java.lang.String';");
        assertThat(((SchemaChange.CreateRoutine) java.changes().get(0)).routine().body()).isNull();
        assertThat(java.actionItems()).extracting(ActionItem::code).containsExactly(OracleCode.EXTERNAL_ROUTINE);
    }

    @Test
    void declarations() {
        List<Declaration> d = block("""
                c CONSTANT NUMBER := 10;
                v VARCHAR2(10) NOT NULL := 'x';
                r employees%ROWTYPE;
                e_busy EXCEPTION;
                PRAGMA EXCEPTION_INIT(e_busy, -54);
                e_dup EXCEPTION;
                PRAGMA EXCEPTION_INIT(e_dup, -1);
                CURSOR cur (p_dept NUMBER) IS SELECT * FROM employees WHERE department_id = p_dept;
                TYPE t_rec IS RECORD (id NUMBER, row VARCHAR2(10));
                TYPE t_tab IS TABLE OF t_rec INDEX BY PLS_INTEGER;
                TYPE t_list IS VARRAY(5) OF NUMBER;
                TYPE t_cur IS REF CURSOR;
                SUBTYPE t_name IS VARCHAR2(30);
                rc t_cur;
                n t_name;
                PROCEDURE helper (x NUMBER);
                PROCEDURE helper (x NUMBER) IS BEGIN NULL; END;""", "NULL;").declarations();
        assertThat(d).extracting(Declaration::name).containsExactly("C", "V", "R", "E_BUSY", "E_DUP", "CUR", "T_REC", "T_TAB",
                "T_LIST", "RC", "N", "HELPER", "HELPER");
        assertThat(((Declaration.Variable) d.get(0)).constant()).isTrue();
        assertThat(((Declaration.Variable) d.get(1)).notNull()).isTrue();
        assertThat(((Declaration.Variable) d.get(2)).type()).isEqualTo(new ProcType.Anchored(List.of("EMPLOYEES"), ProcType.Anchor.ROWTYPE, null));
        // ORA-00054, the error of FOR UPDATE NOWAIT, is PostgreSQL's lock_not_available
        assertThat(((Declaration.NamedCondition) d.get(3)).sqlState()).isEqualTo("55P03");
        assertThat(((Declaration.NamedCondition) d.get(4)).sqlState()).isEqualTo("23505");
        assertThat(((Declaration.Cursor) d.get(5)).parameters()).extracting(p -> p.name()).containsExactly("P_DEPT");
        assertThat(((Declaration.RecordType) d.get(6)).fields()).extracting(ProcType.Field::name).containsExactly("ID", "ROW");
        Declaration.CollectionType tab = (Declaration.CollectionType) d.get(7);
        assertThat(tab.element()).isEqualTo(new ProcType.Named(List.of("T_REC")));
        assertThat(tab.indexType()).isInstanceOf(ProcType.Declared.class);
        assertThat(((Declaration.CollectionType) d.get(8)).maxSize()).isEqualTo(5);
        assertThat(((Declaration.Variable) d.get(9)).type()).isEqualTo(new ProcType.CursorReference());
        assertThat(((Declaration.Variable) d.get(10)).type()).isInstanceOf(ProcType.Declared.class);
        assertThat(((Declaration.Subprogram) d.get(11)).body()).isNull();
        assertThat(((Declaration.Subprogram) d.get(12)).body()).isNotNull();
    }

    @Test
    void assignmentsAndCalls() {
        List<Statement> s = body("v NUMBER; r t; tab t_tab;", """
                v := v + 1;
                r.name := 'x';
                tab(3) := 1;
                tab(3).name := 'y';
                book.sheets(1).rows(2)(3) := 'z';
                pkg.proc(1, p_name => 'a');
                proc;
                tab.EXTEND(2);
                tab.DELETE;
                DBMS_OUTPUT.PUT_LINE('hello');
                RAISE_APPLICATION_ERROR(-20001, 'bad ' || v);""");
        assertThat(((Statement.Assign) s.get(0)).target().toString()).isEqualTo("V");
        assertThat(((Statement.Assign) s.get(1)).target().toString()).isEqualTo("R.NAME");
        assertThat(sql(((Statement.Assign) s.get(2)).target())).isEqualTo("`TAB`(3)");
        assertThat(sql(((Statement.Assign) s.get(3)).target())).isEqualTo("`TAB`(3).`NAME`");
        assertThat(sql(((Statement.Assign) s.get(4)).target())).isEqualTo("`BOOK.SHEETS`(1).`ROWS`[2][3]");
        s = s.subList(1, s.size());
        Statement.Call call = (Statement.Call) s.get(4);
        assertThat(call.routine().names).containsExactly("PKG", "PROC");
        assertThat(call.arguments()).extracting(a -> a.name()).containsExactly(null, "P_NAME");
        assertThat(((Statement.Call) s.get(5)).arguments()).isEmpty();
        assertThat(((Statement.Call) s.get(6)).routine().names).containsExactly("TAB", "EXTEND");
        assertThat(((Statement.Call) s.get(7)).routine().names).containsExactly("TAB", "DELETE");
        assertThat(((Statement.Call) s.get(8)).routine().names).as("a built-in, written by its call rule")
                .containsExactly("DBMS_OUTPUT", "PUT_LINE");
        Statement.Raise raise = (Statement.Raise) s.get(9);
        assertThat(raise.condition()).isEqualTo(new Condition.ErrorNumber(-20001));
    }

    @Test
    void branchesAndLoops() {
        List<Statement> s = body("v NUMBER;", """
                IF v > 1 THEN NULL; ELSIF v < 0 THEN v := 0; ELSE NULL; END IF;
                CASE v WHEN 1 THEN NULL; WHEN 2 THEN NULL; END CASE;
                CASE WHEN v IS NULL THEN NULL; ELSE NULL; END CASE;
                <<outer>> LOOP EXIT outer WHEN v > 10; v := v + 1; CONTINUE WHEN v = 5; END LOOP outer;
                WHILE v > 0 LOOP v := v - 1; END LOOP;
                FOR i IN REVERSE 1..v LOOP NULL; END LOOP;
                FOR r IN (SELECT id FROM t) LOOP NULL; END LOOP;
                FOR r IN cur(1) LOOP NULL; END LOOP;
                <<blk>> DECLARE x NUMBER; BEGIN NULL; END blk;""");
        Statement.If i = (Statement.If) s.get(0);
        assertThat(i.branches()).hasSize(2);
        assertThat(i.otherwise()).hasSize(1);
        assertThat(((Statement.Case) s.get(1)).selector()).isNotNull();
        assertThat(((Statement.Case) s.get(1)).otherwise()).isNull();
        assertThat(((Statement.Case) s.get(2)).selector()).isNull();
        Statement.Loop loop = (Statement.Loop) s.get(3);
        assertThat(loop.label()).isEqualTo("OUTER");
        assertThat(((Statement.Exit) loop.body().get(0)).label()).isEqualTo("OUTER");
        assertThat(loop.body().get(2)).isInstanceOf(Statement.Continue.class);
        assertThat(s.get(4)).isInstanceOf(Statement.While.class);
        Statement.NumericFor f = (Statement.NumericFor) s.get(5);
        assertThat(f.reverse()).isTrue();
        assertThat(sql(f.lower()) + ".." + sql(f.upper())).isEqualTo("1..V");
        assertThat(((Statement.QueryFor) s.get(6)).source()).isInstanceOf(QuerySource.Static.class);
        Statement.CursorFor cf = (Statement.CursorFor) s.get(7);
        assertThat(cf.cursor()).isEqualTo("CUR");
        assertThat(cf.arguments()).hasSize(1);
        Block blk = (Block) s.get(8);
        assertThat(blk.label()).isEqualTo("BLK");
        assertThat(blk.declarations()).hasSize(1);
    }

    @Test
    void sqlAndCursors() {
        List<Statement> s = body("v NUMBER; ids t_ids; c SYS_REFCURSOR; CURSOR cur IS SELECT id FROM t;", """
                SELECT COUNT(*) INTO v FROM t WHERE id = v;
                SELECT id BULK COLLECT INTO ids FROM t;
                INSERT INTO t (id) VALUES (v) RETURNING id INTO v;
                UPDATE t SET id = id + 1 WHERE id = v;
                DELETE FROM t WHERE id = v;
                OPEN cur; FETCH cur INTO v; FETCH cur BULK COLLECT INTO ids LIMIT 100; CLOSE cur;
                OPEN c FOR SELECT id FROM t;
                OPEN c FOR 'SELECT id FROM t WHERE id = :1' USING v;
                EXECUTE IMMEDIATE 'SELECT 1 FROM dual' INTO v;
                EXECUTE IMMEDIATE 'DELETE FROM t WHERE id = :id' USING v;
                IF SQL%ROWCOUNT > 0 AND cur%ISOPEN THEN NULL; END IF;
                FORALL i IN 1..ids.COUNT INSERT INTO t (id) VALUES (ids(i));""");
        Statement.SqlStatement select = (Statement.SqlStatement) s.get(0);
        assertThat(select.into()).hasSize(1);
        assertThat(select.rows()).isEqualTo(IntoRows.EXACTLY_ONE);
        assertThat(sql(select.statement())).doesNotContain("INTO");
        assertThat(((Statement.SqlStatement) s.get(1)).rows()).isEqualTo(IntoRows.ALL_ROWS);
        Statement.SqlStatement insert = (Statement.SqlStatement) s.get(2);
        assertThat(insert.returning()).hasSize(1);
        assertThat(insert.into()).hasSize(1);
        assertThat(s.get(3)).isInstanceOf(Statement.SqlStatement.class);
        assertThat(s.get(4)).isInstanceOf(Statement.SqlStatement.class);
        assertThat(((Statement.Open) s.get(5)).source()).isNull();
        assertThat(((Statement.Fetch) s.get(6)).count()).isNull();
        assertThat(sql(((Statement.Fetch) s.get(7)).count())).isEqualTo("100");
        assertThat(s.get(8)).isInstanceOf(Statement.Close.class);
        assertThat(((Statement.Open) s.get(9)).source()).isInstanceOf(QuerySource.Static.class);
        assertThat(((QuerySource.Dynamic) ((Statement.Open) s.get(10)).source()).arguments()).hasSize(1);
        Statement.DynamicSql dynamic = (Statement.DynamicSql) s.get(11);
        assertThat(dynamic.into()).hasSize(1);
        assertThat(((Statement.DynamicSql) s.get(12)).arguments()).hasSize(1);
        SqlNode condition = ((Statement.If) s.get(13)).branches().get(0).when();
        assertThat(condition.toString()).contains("CURSOR_ROW_COUNT()").contains("CURSOR_IS_OPEN(`CUR`)");
        Statement.BulkChange forall = (Statement.BulkChange) s.get(14);
        assertThat(forall.bounds()).isInstanceOf(Statement.BulkChange.Range.class);
        assertThat(forall.change()).isInstanceOf(Statement.SqlStatement.class);
    }

    @Test
    void exceptionsAndTransactions() {
        Block b = block("e_mine EXCEPTION;", """
                COMMIT; ROLLBACK; SAVEPOINT s1; ROLLBACK TO SAVEPOINT s1;
                RAISE e_mine;
                GOTO done;
                <<done>> NULL;
              EXCEPTION
                WHEN NO_DATA_FOUND OR TOO_MANY_ROWS THEN NULL;
                WHEN DUP_VAL_ON_INDEX THEN RAISE;
                WHEN ZERO_DIVIDE OR e_mine THEN v := SQLERRM;
                WHEN OTHERS THEN v := SQLCODE;""");
        List<Statement> s = b.statements();
        assertThat(s.subList(0, 4)).extracting(x -> ((Statement.Transaction) x).action()).containsExactly(
                Statement.TransactionAction.COMMIT, Statement.TransactionAction.ROLLBACK, Statement.TransactionAction.SAVEPOINT,
                Statement.TransactionAction.ROLLBACK_TO_SAVEPOINT);
        assertThat(((Statement.Raise) s.get(4)).condition()).isEqualTo(new Condition.Named("E_MINE"));
        assertThat(s.get(5)).isInstanceOf(Unsupported.class);
        assertThat(((Unsupported) s.get(5)).reason()).contains("GOTO");
        assertThat(s.get(6)).isInstanceOf(Unsupported.class);
        assertThat(s.get(7)).isInstanceOf(Statement.Null.class);
        assertThat(b.handlers()).extracting(h -> h.conditions()).containsExactly(
                List.of(Condition.Standard.NOT_FOUND, Condition.Standard.TOO_MANY_ROWS),
                List.of(new Condition.SqlState("23505")),
                List.of(new Condition.SqlState("22012"), new Condition.Named("E_MINE")),
                List.of(Condition.Standard.ANY_ERROR));
        assertThat(b.handlers().get(1).body()).singleElement().isInstanceOf(Statement.Reraise.class);
        SqlNode message = ((Statement.Assign) b.handlers().get(2).body().get(0)).value();
        assertThat(ProcOperators.handledErrorOf(message)).isEqualTo(ProcOperators.HandledError.MESSAGE);
    }

    @Test
    void everyNodeIsPlacedAtItsOwnLine() {
        List<Statement> s = body("v NUMBER;", "v := 1;\n  IF v = 1 THEN\n    NULL;\n  END IF;");
        assertThat(s.get(0).span().line()).isEqualTo(4);
        assertThat(s.get(1).span().line()).isEqualTo(5);
        assertThat(((Statement.If) s.get(1)).branches().get(0).body().get(0).span()).extracting(x -> x.line() + ":" + x.column())
                .isEqualTo("6:5");
    }

    @Test
    void commentsBetweenStatementsAreKept() {
        List<Statement> s = body("", """
                -- first
                NULL;
                  /* two
                     lines */
                IF TRUE THEN
                  NULL; -- after
                END IF;
                -- last""");
        assertThat(s).extracting(x -> x instanceof Statement.Comment c ? c.text() : x.getClass().getSimpleName())
                .containsExactly("first", "Null", "two\n     lines", "If", "last");
        assertThat(((Statement.If) s.get(3)).branches().get(0).body()).extracting(x -> x.getClass().getSimpleName())
                .containsExactly("Null", "Comment");
        assertThat(s.get(2).span().line() + ":" + s.get(2).span().column()).isEqualTo("6:3");
    }

    @Test
    void packageSpecificationAndBody() {
        List<SourceStatement> statements = read("""
                CREATE OR REPLACE PACKAGE pkg AUTHID DEFINER IS
                  g_count NUMBER := 0;
                  FUNCTION f (x NUMBER) RETURN NUMBER;
                  FUNCTION f (x VARCHAR2) RETURN NUMBER;
                END pkg;
                /
                CREATE OR REPLACE PACKAGE BODY pkg IS
                  FUNCTION f (x NUMBER) RETURN NUMBER IS BEGIN RETURN x; END f;
                  FUNCTION f (x VARCHAR2) RETURN NUMBER IS BEGIN RETURN 1; END f;
                  PROCEDURE rename IS BEGIN NULL; END rename;
                BEGIN
                  g_count := 1;
                END pkg;
                /
                """);
        assertThat(statements).extracting(SourceStatement::kind, SourceStatement::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObjectKind.PACKAGE, "PKG"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.PACKAGE, "PKG"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.FUNCTION, "PKG.F"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.FUNCTION, "PKG.F"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.PROCEDURE, "PKG.RENAME"));
        PackageDef spec = ((SchemaChange.CreatePackage) statements.get(0).changes().get(0)).pkg();
        assertThat(spec.specification()).extracting(Declaration::name).containsExactly("G_COUNT", "F", "F");
        PackageDef body = ((SchemaChange.CreatePackage) statements.get(1).changes().get(0)).pkg();
        assertThat(body.body()).extracting(Declaration::name).containsExactly("F", "F", "RENAME");
        assertThat(body.initialization().statements()).hasSize(1);
        assertThat(statements.get(3).span().line()).isEqualTo(9);
        assertThat(statements.get(3).text()).startsWith("FUNCTION f (x VARCHAR2)");
        assertThat(statements.get(3).changes()).isEmpty();
    }

    @Test
    void aSubprogramThatDoesNotParseCostsOnlyItself() {
        List<SourceStatement> statements = read("""
                CREATE OR REPLACE PACKAGE BODY pkg IS
                  PROCEDURE good IS BEGIN NULL; END good;
                  PROCEDURE bad IS BEGIN x := ; END bad;
                  FUNCTION other RETURN NUMBER IS BEGIN RETURN 1; END;
                END pkg;
                /
                """);
        PackageDef body = ((SchemaChange.CreatePackage) statements.get(0).changes().get(0)).pkg();
        assertThat(body.body()).extracting(Declaration::name).containsExactly("GOOD", "BAD", "OTHER");
        Declaration.Subprogram bad = (Declaration.Subprogram) body.body().get(1);
        Unsupported unread = (Unsupported) bad.body().block().statements().get(0);
        assertThat(unread.rawText()).startsWith("PROCEDURE bad IS");
        assertThat(unread.reason()).isEqualTo("subprogram not read (line 3:31): expected an expression, found `;`");
        SourceStatement badStatement = statements.stream().filter(s -> "PKG.BAD".equals(s.name())).findFirst().orElseThrow();
        assertThat(badStatement.disposition()).isEqualTo(Disposition.ERROR);
        assertThat(badStatement.actionItems()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(GeneralCode.PARSE_ERROR);
            assertThat(i.span().line() + ":" + i.span().column()).isEqualTo("3:31");
        });
    }

    @Test
    void triggers() {
        Trigger t = (Trigger) ((SchemaChange.CreateTrigger) parsed("""
                CREATE OR REPLACE TRIGGER emp_trg
                  BEFORE INSERT OR UPDATE OF salary, job_id OR DELETE ON employees
                  REFERENCING NEW AS n OLD AS o
                  FOR EACH ROW FOLLOWS other_trg
                  WHEN (n.salary > 0)
                BEGIN
                  IF INSERTING OR UPDATING('SALARY') THEN :n.salary := :o.salary; END IF;
                END;""").changes().get(0)).trigger();
        assertThat(t.timing()).isEqualTo("BEFORE");
        assertThat(t.events()).containsExactly("INSERT", "UPDATE", "DELETE");
        assertThat(t.updateColumns()).containsExactly("SALARY", "JOB_ID");
        assertThat(t.forEachRow()).isTrue();
        assertThat(t.follows()).extracting(Object::toString).containsExactly("OTHER_TRG");
        assertThat(t.when().node().toString()).isEqualTo("`NEW`.`SALARY` > 0");
        Statement.If i = (Statement.If) t.body().block().statements().get(0);
        assertThat(i.branches().get(0).when().toString()).contains("TRIGGER_INSERTING").contains("TRIGGER_UPDATING(`SALARY`)");
        Statement.Assign assign = (Statement.Assign) i.branches().get(0).body().get(0);
        assertThat(assign.target().toString()).isEqualTo("NEW.SALARY");
        assertThat(assign.value().toString()).isEqualTo("OLD.SALARY");
    }

    @Test
    void compoundAndSystemTriggers() {
        SourceStatement compound = parsed("""
                CREATE TRIGGER t FOR UPDATE ON emp COMPOUND TRIGGER
                  n NUMBER := 0;
                  AFTER EACH ROW IS BEGIN n := n + 1; END AFTER EACH ROW;
                  AFTER STATEMENT IS BEGIN NULL; END AFTER STATEMENT;
                END t;""");
        assertThat(compound.changes()).extracting(c -> ((SchemaChange.CreateTrigger) c).trigger())
                .extracting(x -> x.name().name() + " " + x.timing() + " " + x.forEachRow())
                .containsExactly("T_AFTER_EACH_ROW AFTER true", "T_AFTER_STATEMENT AFTER false");
        assertThat(compound.actionItems()).extracting(ActionItem::code).containsExactly(OracleCode.COMPOUND_TRIGGER_STATE);

        SourceStatement ddl = read("CREATE TRIGGER audit_ddl AFTER DDL ON SCHEMA BEGIN NULL; END;\n/\n").get(0);
        assertThat(ddl.disposition()).isEqualTo(Disposition.UNSUPPORTED);
        assertThat(ddl.actionItems()).extracting(ActionItem::code).containsExactly(OracleCode.SYSTEM_TRIGGER);
    }

    @Test
    void typeBodyMembersAreRoutines() {
        List<SourceStatement> statements = read("""
                CREATE OR REPLACE TYPE BODY shape AS
                  CONSTRUCTOR FUNCTION shape (n NUMBER) RETURN SELF AS RESULT IS BEGIN RETURN; END;
                  MEMBER FUNCTION area RETURN NUMBER IS BEGIN RETURN 0; END;
                  MEMBER PROCEDURE grow (f NUMBER) IS BEGIN NULL; END;
                  STATIC FUNCTION unit RETURN shape IS BEGIN RETURN NULL; END;
                END;
                /
                """);
        List<Routine> routines = statements.get(0).changes().stream().map(c -> ((SchemaChange.CreateRoutine) c).routine()).toList();
        assertThat(routines).extracting(r -> r.name().name()).containsExactly("SHAPE_SHAPE", "SHAPE_AREA", "SHAPE_GROW", "SHAPE_UNIT");
        assertThat(routines.get(0).signature().returns().type()).isEqualTo(new ProcType.Named(List.of("SHAPE")));
        assertThat(routines.get(1).signature().parameters()).extracting(p -> p.name() + " " + p.mode()).containsExactly("SELF IN");
        assertThat(routines.get(2).signature().parameters()).extracting(p -> p.name() + " " + p.mode())
                .containsExactly("SELF INOUT", "F IN");
        assertThat(routines.get(3).signature().parameters()).isEmpty();
        assertThat(statements).extracting(SourceStatement::name).contains("SHAPE.AREA", "SHAPE.GROW");
    }

    @Test
    void conditionalCompilationKeepsPositions() {
        SourceStatement s = parsed("""
                CREATE PROCEDURE p IS
                BEGIN
                  $IF $$debug $THEN dbg('x'); $ELSIF DBMS_DB_VERSION.VER_LE_10 $THEN old; $ELSE
                  new_way($$PLSQL_UNIT, $$PLSQL_LINE);
                  $END
                  $IF DBMS_DB_VERSION.VERSION >= 12 $THEN modern; $END
                END;""");
        List<Statement> body = ((SchemaChange.CreateRoutine) s.changes().get(0)).routine().body().block().statements();
        assertThat(body).extracting(x -> ((Statement.Call) x).routine().toString()).containsExactly("NEW_WAY", "MODERN");
        Statement.Call call = (Statement.Call) body.get(0);
        assertThat(call.span().line() + ":" + call.span().column()).isEqualTo("4:3");
        assertThat(call.arguments()).extracting(a -> a.value().toString()).containsExactly("'P'", "4");
        assertThat(s.actionItems()).extracting(ActionItem::code).containsExactly(OracleCode.CONDITIONAL_COMPILATION);
        assertThat(s.actionItems().get(0).message()).contains("$IF $$debug at line 3: NULL")
                .contains("DBMS_DB_VERSION.VER_LE_10 at line 3: FALSE").contains("at line 6: TRUE");
    }
}
