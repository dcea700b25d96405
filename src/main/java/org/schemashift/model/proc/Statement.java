package org.schemashift.model.proc;

import java.util.List;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;

/**
 * One statement of procedural code, for every source language (PL/SQL, T-SQL, MySQL stored
 * programs, PL/pgSQL) and every target. Expressions and embedded SQL are the same canonical Calcite
 * trees views use; variables and parameters appear in them as identifiers, cursor attributes and the
 * handled error as {@link ProcOperators} calls. Loop labels are null when the loop has none; every
 * statement knows where it came from. docs/procedural-ir.md maps each language onto these nodes.
 */
public sealed interface Statement permits Block, Unsupported, Statement.Assign, Statement.If, Statement.Case,
        Statement.Loop, Statement.While, Statement.Repeat, Statement.NumericFor, Statement.BulkChange, Statement.CursorFor, Statement.QueryFor,
        Statement.Exit, Statement.Continue, Statement.Open, Statement.Fetch, Statement.Close, Statement.SqlStatement,
        Statement.DynamicSql, Statement.CreateTable, Statement.DropTable, Statement.Call, Statement.Return, Statement.ReturnQuery, Statement.ReturnNext,
        Statement.Raise, Statement.Reraise, Statement.Transaction, Statement.GetDiagnostics, Statement.Output,
        Statement.ResultSet, Statement.InsertExec, Statement.Null, Statement.Comment {

    SourceSpan span();

    <R> R accept(Visitor<R> visitor);

    // ---- assignment and branches ----

    /** {@code target := value}; the target is a variable, a record field or a collection element. */
    record Assign(SqlNode target, SqlNode value, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    /** A condition (or, in a simple CASE, a value) and the statements it guards. */
    record Branch(SqlNode when, List<Statement> body) {
        public Branch {
            body = List.copyOf(body);
        }
    }

    /** IF / ELSIF ... / ELSE; {@code otherwise} is empty without ELSE. */
    record If(List<Branch> branches, List<Statement> otherwise, SourceSpan span) implements Statement {
        public If {
            branches = List.copyOf(branches);
            otherwise = List.copyOf(otherwise);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    /**
     * The CASE statement: simple when {@code selector} is set (branches hold values), searched
     * otherwise. {@code otherwise} is null without ELSE: then no matching branch is an error
     * (CASE_NOT_FOUND in PL/SQL and PL/pgSQL, "Case not found" in MySQL).
     */
    record Case(SqlNode selector, List<Branch> branches, List<Statement> otherwise, SourceSpan span) implements Statement {
        public Case {
            branches = List.copyOf(branches);
            otherwise = otherwise == null ? null : List.copyOf(otherwise);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCase(this);
        }
    }

    // ---- loops ----

    /** LOOP ... END LOOP (MySQL LOOP): runs until an EXIT or RETURN. */
    record Loop(String label, List<Statement> body, SourceSpan span) implements Statement {
        public Loop {
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLoop(this);
        }
    }

    /** WHILE condition LOOP ... (T-SQL WHILE, MySQL WHILE ... DO). */
    record While(String label, SqlNode condition, List<Statement> body, SourceSpan span) implements Statement {
        public While {
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWhile(this);
        }
    }

    /** MySQL REPEAT ... UNTIL condition: the body runs at least once. */
    record Repeat(String label, List<Statement> body, SqlNode until, SourceSpan span) implements Statement {
        public Repeat {
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRepeat(this);
        }
    }

    /** FOR variable IN [REVERSE] lower .. upper [BY step]: the variable is declared by the loop; {@code step} null means 1. */
    record NumericFor(String label, String variable, SqlNode lower, SqlNode upper, SqlNode step, boolean reverse,
                      List<Statement> body, SourceSpan span) implements Statement {
        public NumericFor {
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumericFor(this);
        }
    }

    /**
     * One data change run once per index (Oracle FORALL): the index takes each value of a range, each
     * index a collection holds (between two bounds, when given), or each value of a collection of
     * indices, in ascending index order. Afterwards the last statement's row count is the total of
     * every run. With {@code collectErrors} a failing run is undone alone, the others go on, and one
     * error is raised after the last run.
     */
    record BulkChange(String variable, Bounds bounds, Statement change, boolean collectErrors, SourceSpan span)
            implements Statement {
        /** Where the index runs. */
        public sealed interface Bounds {
        }

        /** lower .. upper. */
        public record Range(SqlNode lower, SqlNode upper) implements Bounds {
        }

        /** The indices {@code collection} holds; {@code lower} and {@code upper} null when not limited. */
        public record IndicesOf(SqlNode collection, SqlNode lower, SqlNode upper) implements Bounds {
        }

        /** The values of {@code collection}, a collection of indices. */
        public record ValuesOf(SqlNode collection) implements Bounds {
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBulkChange(this);
        }
    }

    /** FOR record IN cursor(arguments): opens, fetches every row into the loop's record, and closes. */
    record CursorFor(String label, String record, String cursor, List<SqlNode> arguments, List<Statement> body,
                     SourceSpan span) implements Statement {
        public CursorFor {
            arguments = List.copyOf(arguments);
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCursorFor(this);
        }
    }

    /** FOR record IN (query) / FOR record IN EXECUTE text: the record is declared by the loop. */
    record QueryFor(String label, String record, QuerySource source, List<Statement> body, SourceSpan span)
            implements Statement {
        public QueryFor {
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitQueryFor(this);
        }
    }

    /** EXIT / LEAVE / BREAK [label] [WHEN condition]: {@code label} null leaves the innermost loop. */
    record Exit(String label, SqlNode when, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExit(this);
        }
    }

    /** CONTINUE / ITERATE [label] [WHEN condition]. */
    record Continue(String label, SqlNode when, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }

    // ---- cursors ----

    /**
     * OPEN cursor [(arguments)] for a declared cursor ({@code source} null), or OPEN ref FOR query /
     * FOR text USING binds for a cursor reference variable.
     */
    record Open(String cursor, List<SqlNode> arguments, QuerySource source, SourceSpan span) implements Statement {
        public Open {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOpen(this);
        }
    }

    /** Which row a FETCH reads; {@code ABSOLUTE} and {@code RELATIVE} take a count (T-SQL and PL/pgSQL scroll cursors). */
    enum FetchDirection { NEXT, PRIOR, FIRST, LAST, ABSOLUTE, RELATIVE }

    /**
     * FETCH cursor INTO targets. {@code signalsNotFound}: reading past the last row raises the NOT
     * FOUND condition (MySQL); false where it only sets the cursor's attributes (PL/SQL, T-SQL
     * {@code @@FETCH_STATUS}, PL/pgSQL FOUND). {@code count} is null unless the direction takes one.
     */
    record Fetch(String cursor, FetchDirection direction, SqlNode count, List<SqlNode> into, boolean signalsNotFound,
                 SourceSpan span) implements Statement {
        public Fetch {
            into = List.copyOf(into);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFetch(this);
        }
    }

    /** CLOSE cursor (T-SQL DEALLOCATE after CLOSE needs nothing more). */
    record Close(String cursor, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitClose(this);
        }
    }

    // ---- SQL ----

    /**
     * An SQL statement in the code: SELECT (with {@code into} targets), INSERT, UPDATE, DELETE or
     * MERGE (with {@code returning} expressions read into {@code into}), as a canonical tree.
     * {@code rows} says what no row or several rows mean when {@code into} is not empty. The rows a
     * data change returns can instead be appended to a table (T-SQL {@code OUTPUT ... INTO t}):
     * {@code appendTo} is then the INSERT that does it, reading them from the relation
     * {@link #RETURNED}; null otherwise.
     */
    record SqlStatement(SqlNode statement, List<SqlNode> returning, List<SqlNode> into, IntoRows rows, SqlNode appendTo,
                        SourceSpan span) implements Statement {
        /** The relation {@code appendTo} reads the returned rows from. */
        public static final String RETURNED = "ss_returned";

        public SqlStatement {
            returning = List.copyOf(returning);
            into = List.copyOf(into);
        }

        public SqlStatement(SqlNode statement, List<SqlNode> returning, List<SqlNode> into, IntoRows rows, SourceSpan span) {
            this(statement, returning, into, rows, null, span);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSqlStatement(this);
        }
    }

    /**
     * SQL built at run time: Oracle EXECUTE IMMEDIATE, T-SQL EXEC(@sql) / sp_executesql, MySQL
     * PREPARE + EXECUTE. {@code text} is a string expression whose placeholders the builder has
     * numbered in the order of {@code arguments}. {@code converted}: the text is the target's SQL already
     * (static DDL of the source converted as a top-level statement is), not the source's.
     * {@code statement}: the text, known when converting, read as the source's statement it is (its
     * placeholders {@link org.apache.calcite.sql.SqlDynamicParam}s numbered from 0 in the order of
     * {@code arguments}); it is converted as the same statement written in the code would be and run as
     * the target's text. Null when the text is not known or does not read; {@code text} is then run as it is.
     */
    record DynamicSql(SqlNode text, List<SqlNode> arguments, List<SqlNode> into, IntoRows rows, SourceSpan span, boolean converted,
                      SqlNode statement) implements Statement {
        public DynamicSql {
            arguments = List.copyOf(arguments);
            into = List.copyOf(into);
        }

        /** SQL in the source's dialect, built at run time. */
        public DynamicSql(SqlNode text, List<SqlNode> arguments, List<SqlNode> into, IntoRows rows, SourceSpan span) {
            this(text, arguments, into, rows, span, false, null);
        }

        public DynamicSql(SqlNode text, List<SqlNode> arguments, List<SqlNode> into, IntoRows rows, SourceSpan span, boolean converted) {
            this(text, arguments, into, rows, span, converted, null);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDynamicSql(this);
        }
    }

    /**
     * A column of a table the code creates: NOT NULL, a default, and an identity numbering from
     * {@code identityStart} by {@code identityIncrement} (both null for none).
     */
    record TableColumn(String name, ProcType type, boolean notNull, SqlNode defaultValue, Long identityStart,
                       Long identityIncrement) {
    }

    /**
     * A table the code creates as it runs: T-SQL's {@code #t} and table variables ({@code temporary}),
     * and {@code SELECT ... INTO t}. The columns are given ({@code columns}, with the column lists of
     * its primary and unique keys in {@code keys}; {@code query} null) or are those of {@code query},
     * whose rows fill the new table. A temporary table of the same name left over from an earlier run
     * in the session is replaced, or kept with its rows when {@code keepExisting} (MySQL's IF NOT EXISTS).
     */
    record CreateTable(String name, boolean temporary, List<TableColumn> columns, List<List<String>> keys, SqlNode query,
                       SourceSpan span, boolean keepExisting) implements Statement {
        public CreateTable {
            columns = List.copyOf(columns);
            keys = keys.stream().map(List::copyOf).toList();
        }

        /** A table that replaces one of the same name left over in the session. */
        public CreateTable(String name, boolean temporary, List<TableColumn> columns, List<List<String>> keys, SqlNode query, SourceSpan span) {
            this(name, temporary, columns, keys, query, span, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCreateTable(this);
        }
    }

    /** Drops the table {@code name} if it exists: a T-SQL temporary table at DROP TABLE or when its procedure ends. */
    record DropTable(String name, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDropTable(this);
        }
    }

    // ---- calls and results ----

    /** A procedure call: Oracle {@code p(a)}, MySQL CALL, T-SQL EXEC. */
    record Call(SqlIdentifier routine, List<Argument> arguments, SourceSpan span) implements Statement {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /** RETURN [value]: {@code value} is null in a procedure or trigger (and for RETURN after RETURN NEXT). */
    record Return(SqlNode value, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReturn(this);
        }
    }

    /** Adds every row of a query to a set-returning function's result (T-SQL inline table functions, RETURN QUERY). */
    record ReturnQuery(QuerySource source, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReturnQuery(this);
        }
    }

    /** Adds one row to a set-returning function's result (Oracle PIPE ROW, PL/pgSQL RETURN NEXT). */
    record ReturnNext(SqlNode value, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReturnNext(this);
        }
    }

    /**
     * A query whose rows go to the caller as a result set (a bare SELECT in a T-SQL or MySQL procedure).
     * {@code dynamicArguments}: null for a query of the code; for a query the code runs as dynamic SQL of
     * a known text (MySQL EXECUTE of a prepared SELECT), the values of its placeholders, in order.
     */
    record ResultSet(SqlNode query, List<SqlNode> dynamicArguments, SourceSpan span) implements Statement {
        public ResultSet {
            dynamicArguments = dynamicArguments == null ? null : List.copyOf(dynamicArguments);
        }

        public ResultSet(SqlNode query, SourceSpan span) {
            this(query, null, span);
        }

        /** Where the rows come from: the query, or EXECUTE of its text. */
        public QuerySource source() {
            return dynamicArguments == null ? new QuerySource.Static(query) : new QuerySource.Dynamic(null, dynamicArguments, query);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitResultSet(this);
        }
    }

    /**
     * T-SQL's {@code INSERT INTO t EXEC p args}: the rows of procedure {@code routine}'s result set added to a
     * table. {@code insert} reads them as {@code SELECT * FROM p(args)}, which holds when the conversion made
     * {@code p} a function RETURNS TABLE (option result-set-procedures: setof); otherwise the statement is
     * {@code otherwise}.
     */
    record InsertExec(SqlNode insert, SqlIdentifier routine, Unsupported otherwise, SourceSpan span) implements Statement {
        /**
         * {@code SELECT * FROM routine(arguments)}: the rows of a function RETURNS TABLE; a named argument is
         * PostgreSQL's {@code name => value}.
         */
        public static SqlSelect rowsOf(SqlIdentifier routine, List<Argument> arguments) {
            List<SqlNode> values = arguments.stream().map(a -> a.name() == null ? a.value()
                    : SqlStdOperatorTable.ARGUMENT_ASSIGNMENT.createCall(SqlParserPos.ZERO, a.value(),
                            new SqlIdentifier(a.name(), SqlParserPos.ZERO))).toList();
            SqlNode function = new SqlUnresolvedFunction(routine, null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION)
                    .createCall(SqlParserPos.ZERO, values);
            return new SqlSelect(SqlParserPos.ZERO, null, SqlNodeList.of(SqlIdentifier.star(SqlParserPos.ZERO)), function,
                    null, null, null, null, null, null, null, null);
        }

        /** The arguments of the call the INSERT reads, as {@link #rowsOf} wrote them. */
        public List<Argument> arguments() {
            SqlCall function = (SqlCall) ((SqlSelect) ((SqlInsert) insert).getSource()).getFrom();
            return function.getOperandList().stream().map(o -> o.getKind() == SqlKind.ARGUMENT_ASSIGNMENT
                    ? new Argument(((SqlIdentifier) ((SqlCall) o).operand(1)).getSimple(), ((SqlCall) o).operand(0))
                    : Argument.positional(o)).toList();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInsertExec(this);
        }
    }

    /** A message to the client: DBMS_OUTPUT.PUT_LINE, T-SQL PRINT, PL/pgSQL RAISE NOTICE. */
    record Output(SqlNode message, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOutput(this);
        }
    }

    // ---- conditions ----

    /**
     * Raises {@code condition} with an optional {@code message} expression: Oracle RAISE e and
     * RAISE_APPLICATION_ERROR, MySQL SIGNAL ... SET MESSAGE_TEXT, T-SQL THROW and RAISERROR.
     * {@code builtin} names the source's built-in procedure the statement calls
     * (RAISE_APPLICATION_ERROR), for the report's inventory of built-ins; null for a statement.
     */
    record Raise(Condition condition, SqlNode message, String builtin, SourceSpan span) implements Statement {
        public Raise(Condition condition, SqlNode message, SourceSpan span) {
            this(condition, message, null, span);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRaise(this);
        }
    }

    /** Raises again the condition being handled: Oracle RAISE;, MySQL RESIGNAL, T-SQL THROW;. */
    record Reraise(SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReraise(this);
        }
    }

    /** What a diagnostics item reads: the last statement's row count, or the handled error's SQLSTATE or message. */
    enum Diagnostic { ROW_COUNT, ERROR_SQLSTATE, ERROR_MESSAGE }

    /** One {@code target = item} of GET DIAGNOSTICS. */
    record DiagnosticItem(SqlNode target, Diagnostic item) {
    }

    /** GET [STACKED] DIAGNOSTICS (MySQL, PL/pgSQL); Oracle and T-SQL read the same facts through expressions. */
    record GetDiagnostics(List<DiagnosticItem> items, SourceSpan span) implements Statement {
        public GetDiagnostics {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGetDiagnostics(this);
        }
    }

    // ---- transactions and the rest ----

    /** The transaction statements; the savepoint ones name a savepoint. */
    enum TransactionAction { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ROLLBACK_TO_SAVEPOINT, RELEASE_SAVEPOINT }

    /** COMMIT, ROLLBACK [TO SAVEPOINT s], SAVEPOINT s, T-SQL BEGIN TRAN / SAVE TRAN, MySQL START TRANSACTION. */
    record Transaction(TransactionAction action, String savepoint, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTransaction(this);
        }
    }

    /** NULL; (does nothing; needed where a language requires a statement). */
    record Null(SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNull(this);
        }
    }

    /**
     * A comment of the source between statements, kept so converted code reads like the original;
     * {@code text} is its content without the comment markers (one or more lines).
     */
    record Comment(String text, SourceSpan span) implements Statement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitComment(this);
        }
    }

    /** One method per statement kind: what every target's procedural writer must implement. */
    interface Visitor<R> {
        R visitBlock(Block block);

        R visitAssign(Assign assign);

        R visitIf(If statement);

        R visitCase(Case statement);

        R visitLoop(Loop loop);

        R visitWhile(While loop);

        R visitRepeat(Repeat loop);

        R visitNumericFor(NumericFor loop);

        R visitBulkChange(BulkChange loop);

        R visitCursorFor(CursorFor loop);

        R visitQueryFor(QueryFor loop);

        R visitExit(Exit exit);

        R visitContinue(Continue next);

        R visitOpen(Open open);

        R visitFetch(Fetch fetch);

        R visitClose(Close close);

        R visitSqlStatement(SqlStatement statement);

        R visitDynamicSql(DynamicSql statement);

        R visitCreateTable(CreateTable statement);

        R visitDropTable(DropTable statement);

        R visitCall(Call call);

        R visitReturn(Return statement);

        R visitReturnQuery(ReturnQuery statement);

        R visitReturnNext(ReturnNext statement);

        R visitResultSet(ResultSet statement);

        R visitInsertExec(InsertExec statement);

        R visitOutput(Output statement);

        R visitRaise(Raise raise);

        R visitReraise(Reraise reraise);

        R visitGetDiagnostics(GetDiagnostics statement);

        R visitTransaction(Transaction statement);

        R visitNull(Null statement);

        R visitComment(Comment comment);

        R visitUnsupported(Unsupported unsupported);
    }
}
