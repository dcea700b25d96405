package org.schemashift.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.RoutineTraits;
import org.schemashift.model.proc.Statement;

/**
 * Procedural IR written by hand in tests, as a source builder would produce it: expressions and SQL
 * are parsed the way Oracle's are (unquoted names upper case), types are target spellings. Every node
 * sits at line 1 of {@code test.sql} unless a test gives a span.
 */
public final class ProcIr {
    public static final SourceSpan AT = new SourceSpan("test.sql", 1, 1);
    private static final SqlParser.Config ORACLE_LIKE = SqlParser.config().withUnquotedCasing(Casing.TO_UPPER)
            .withConformance(SqlConformanceEnum.ORACLE_12);

    private ProcIr() {
    }

    // ---- expressions, SQL and types ----

    public static SqlNode expr(String text) {
        try {
            return SqlParser.create(text, ORACLE_LIKE).parseExpression();
        } catch (SqlParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    public static SqlNode sql(String text) {
        try {
            return SqlParser.create(text, ORACLE_LIKE).parseStmt();
        } catch (SqlParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A dotted name as an identifier (for names the expression parser reserves, such as NEW.X). */
    public static SqlIdentifier name(String dotted) {
        return new SqlIdentifier(Arrays.asList(dotted.split("\\.")), SqlParserPos.ZERO);
    }

    public static ProcType type(String spelling) {
        return new ProcType.Declared(DataType.named(spelling));
    }

    public static SqlNode attribute(ProcOperators.CursorAttribute attribute, String cursor) {
        return ProcOperators.cursorAttribute(attribute, cursor, SqlParserPos.ZERO);
    }

    public static SqlNode handled(ProcOperators.HandledError what) {
        return ProcOperators.handledError(what, SqlParserPos.ZERO);
    }

    /** INSERTING, UPDATING or DELETING; {@code column} names the column of UPDATING('C'), or is null. */
    public static SqlNode event(ProcOperators.TriggerEvent event, String column) {
        return ProcOperators.triggerEvent(event, column, SqlParserPos.ZERO);
    }

    /** {@code seq.NEXTVAL} as the convert stage leaves it: the standard NEXT VALUE FOR. */
    public static SqlNode nextValue(String sequence) {
        return SqlStdOperatorTable.NEXT_VALUE.createCall(SqlParserPos.ZERO, name(sequence));
    }

    private static List<SqlNode> exprs(String... texts) {
        return Arrays.stream(texts).map(ProcIr::expr).toList();
    }

    // ---- declarations ----

    public static Declaration.Variable variable(String name, String type) {
        return new Declaration.Variable(name, type(type), null, false, false, AT);
    }

    public static Declaration.Variable variable(String name, String type, String initialValue) {
        return new Declaration.Variable(name, type(type), expr(initialValue), false, false, AT);
    }

    public static Declaration.Variable variable(String name, ProcType type) {
        return new Declaration.Variable(name, type, null, false, false, AT);
    }

    public static Declaration.Variable variable(String name, ProcType type, String initialValue) {
        return new Declaration.Variable(name, type, expr(initialValue), false, false, AT);
    }

    public static Declaration.Variable constant(String name, ProcType type, String value) {
        return new Declaration.Variable(name, type, expr(value), true, false, AT);
    }

    /** A routine as a package member: its subprogram declaration with the body. */
    public static Declaration.Subprogram member(Routine routine) {
        return new Declaration.Subprogram(routine.name().name(), routine.signature(), routine.body(), routine.span());
    }

    /** A routine's header in a package specification (no body). */
    public static Declaration.Subprogram header(Routine routine) {
        return new Declaration.Subprogram(routine.name().name(), routine.signature(), null, routine.span());
    }

    public static Declaration.Variable constant(String name, String type, String value) {
        return new Declaration.Variable(name, type(type), expr(value), true, false, AT);
    }

    public static Declaration.Cursor cursor(String name, String query) {
        return new Declaration.Cursor(name, List.of(), sql(query), false, AT);
    }

    public static Declaration.NamedCondition condition(String name, String sqlState) {
        return new Declaration.NamedCondition(name, sqlState, null, AT);
    }

    /** An exception bound to an error number (Oracle PRAGMA EXCEPTION_INIT). */
    public static Declaration.NamedCondition exceptionInit(String name, int errorNumber) {
        return new Declaration.NamedCondition(name, null, errorNumber, AT);
    }

    /** A nested table type (Oracle TABLE OF) of a spelled element type. */
    public static Declaration.CollectionType tableOf(String name, String elementType) {
        return new Declaration.CollectionType(name, type(elementType), null, null, AT);
    }

    public static Declaration.CollectionType tableOf(String name, ProcType elementType) {
        return new Declaration.CollectionType(name, elementType, null, null, AT);
    }

    /** A VARRAY(maxSize) type. */
    public static Declaration.CollectionType varrayOf(String name, int maxSize, String elementType) {
        return new Declaration.CollectionType(name, type(elementType), null, maxSize, AT);
    }

    /** A variable of a type declared in the code (a record or collection type). */
    public static Declaration.Variable variableOf(String name, String declaredType) {
        return new Declaration.Variable(name, new ProcType.Named(List.of(declaredType)), null, false, false, AT);
    }

    /** {@code collection.method(arguments)} as an expression. */
    public static SqlNode method(ProcOperators.CollectionMethod method, String collection, String... arguments) {
        return ProcOperators.collection(method, expr(collection), SqlParserPos.ZERO, exprs(arguments).toArray(SqlNode[]::new));
    }

    /** The statement {@code collection.method(arguments)} (EXTEND, DELETE, TRIM), as the convert stage leaves it. */
    public static Statement.Assign change(ProcOperators.CollectionMethod method, String collection, String... arguments) {
        return new Statement.Assign(expr(collection), method(method, collection, arguments), AT);
    }

    // ---- statements ----

    public static Statement.Assign assign(String target, String value) {
        return new Statement.Assign(expr(target), expr(value), AT);
    }

    public static Statement.Assign assign(SqlNode target, SqlNode value) {
        return new Statement.Assign(target, value, AT);
    }

    public static Statement.Branch when(String condition, Statement... body) {
        return new Statement.Branch(expr(condition), List.of(body));
    }

    public static Statement.If ifThen(String condition, Statement... body) {
        return new Statement.If(List.of(when(condition, body)), List.of(), AT);
    }

    public static Statement.If ifThen(SqlNode condition, Statement... body) {
        return new Statement.If(List.of(new Statement.Branch(condition, List.of(body))), List.of(), AT);
    }

    public static Statement.If ifElse(List<Statement.Branch> branches, Statement... otherwise) {
        return new Statement.If(branches, List.of(otherwise), AT);
    }

    public static Statement.Loop loop(Statement... body) {
        return new Statement.Loop(null, List.of(body), AT);
    }

    public static Statement.While whileLoop(String condition, Statement... body) {
        return new Statement.While(null, expr(condition), List.of(body), AT);
    }

    public static Statement.Repeat repeat(String until, Statement... body) {
        return new Statement.Repeat(null, List.of(body), expr(until), AT);
    }

    public static Statement.NumericFor forRange(String variable, String lower, String upper, Statement... body) {
        return new Statement.NumericFor(null, variable, expr(lower), expr(upper), null, false, List.of(body), AT);
    }

    public static Statement.NumericFor forReverse(String variable, String lower, String upper, Statement... body) {
        return new Statement.NumericFor(null, variable, expr(lower), expr(upper), null, true, List.of(body), AT);
    }

    public static Statement.CursorFor forCursor(String record, String cursor, Statement... body) {
        return new Statement.CursorFor(null, record, cursor, List.of(), List.of(body), AT);
    }

    public static Statement.QueryFor forQuery(String record, String query, Statement... body) {
        return new Statement.QueryFor(null, record, new QuerySource.Static(sql(query)), List.of(body), AT);
    }

    public static Statement.Exit exit() {
        return new Statement.Exit(null, null, AT);
    }

    public static Statement.Exit exitWhen(SqlNode condition) {
        return new Statement.Exit(null, condition, AT);
    }

    public static Statement.Exit exitWhen(String condition) {
        return exitWhen(expr(condition));
    }

    public static Statement.Open open(String cursor) {
        return new Statement.Open(cursor, List.of(), null, AT);
    }

    /** FETCH as PL/SQL and T-SQL do it: past the last row only the cursor's attributes change. */
    public static Statement.Fetch fetch(String cursor, String... into) {
        return new Statement.Fetch(cursor, Statement.FetchDirection.NEXT, null, exprs(into), false, AT);
    }

    /** FETCH as MySQL does it: past the last row it raises NOT FOUND. */
    public static Statement.Fetch fetchSignallingNotFound(String cursor, String... into) {
        return new Statement.Fetch(cursor, Statement.FetchDirection.NEXT, null, exprs(into), true, AT);
    }

    /** FETCH cursor BULK COLLECT INTO collections [LIMIT limit]; {@code limit} null reads every remaining row. */
    public static Statement.Fetch bulkFetch(String cursor, String limit, String... into) {
        SqlNode count = limit == null ? SqlLiteral.createNull(SqlParserPos.ZERO) : expr(limit);
        return new Statement.Fetch(cursor, Statement.FetchDirection.NEXT, count, exprs(into), false, AT);
    }

    public static Statement.Close close(String cursor) {
        return new Statement.Close(cursor, AT);
    }

    public static Statement.SqlStatement selectInto(String query, IntoRows rows, String... targets) {
        return new Statement.SqlStatement(sql(query), List.of(), exprs(targets), rows, AT);
    }

    public static Statement.SqlStatement execute(String statement) {
        return new Statement.SqlStatement(sql(statement), List.of(), List.of(), IntoRows.EXACTLY_ONE, AT);
    }

    public static Statement.SqlStatement returningInto(String statement, List<String> returning, String... targets) {
        return new Statement.SqlStatement(sql(statement), exprs(returning.toArray(String[]::new)), exprs(targets),
                IntoRows.EXACTLY_ONE, AT);
    }

    /** DML whose RETURNING rows are all collected (RETURNING ... BULK COLLECT INTO). */
    public static Statement.SqlStatement returningAllInto(String statement, List<String> returning, String... targets) {
        return new Statement.SqlStatement(sql(statement), exprs(returning.toArray(String[]::new)), exprs(targets),
                IntoRows.ALL_ROWS, AT);
    }

    public static Statement.DynamicSql dynamic(String text, List<String> arguments, IntoRows rows, String... targets) {
        return new Statement.DynamicSql(expr(text), exprs(arguments.toArray(String[]::new)), exprs(targets), rows, AT);
    }

    public static Statement.Call call(String routine, String... arguments) {
        return new Statement.Call(name(routine), Arrays.stream(arguments).map(a -> Argument.positional(expr(a))).toList(), AT);
    }

    public static Statement.Return returnValue(String value) {
        return new Statement.Return(expr(value), AT);
    }

    public static Statement.Return returnNothing() {
        return new Statement.Return(null, AT);
    }

    public static Statement.ReturnNext returnNext(String value) {
        return new Statement.ReturnNext(expr(value), AT);
    }

    public static Statement.ResultSet resultSet(String query) {
        return new Statement.ResultSet(sql(query), AT);
    }

    public static Statement.Raise raise(Condition condition, String message) {
        return new Statement.Raise(condition, message == null ? null : expr(message), AT);
    }

    public static Statement.Reraise reraise() {
        return new Statement.Reraise(AT);
    }

    public static Statement.Output output(String message) {
        return new Statement.Output(expr(message), AT);
    }

    public static Statement.Transaction transaction(Statement.TransactionAction action, String savepoint) {
        return new Statement.Transaction(action, savepoint, AT);
    }

    public static Statement.Null nothing() {
        return new Statement.Null(AT);
    }

    // ---- blocks, handlers and routines ----

    public static BlockBuilder block(Statement... statements) {
        return new BlockBuilder(List.of(statements));
    }

    /** A block being written: declarations, statements, handlers, label. */
    public static final class BlockBuilder {
        private final List<Statement> statements;
        private final List<Declaration> declarations = new ArrayList<>();
        private final List<Handler> handlers = new ArrayList<>();
        private String label;

        private BlockBuilder(List<Statement> statements) {
            this.statements = statements;
        }

        public BlockBuilder declare(Declaration... more) {
            declarations.addAll(List.of(more));
            return this;
        }

        public BlockBuilder onError(Condition condition, Statement... body) {
            return handler(Handler.Kind.EXIT, condition, body);
        }

        public BlockBuilder continueOn(Condition condition, Statement... body) {
            return handler(Handler.Kind.CONTINUE, condition, body);
        }

        public BlockBuilder handler(Handler.Kind kind, Condition condition, Statement... body) {
            handlers.add(new Handler(List.of(condition), kind, List.of(body), AT));
            return this;
        }

        public BlockBuilder label(String name) {
            label = name;
            return this;
        }

        public Block build() {
            return new Block(label, declarations, statements, handlers, AT);
        }
    }

    public static Parameter in(String name, String type) {
        return new Parameter(name, ParameterMode.IN, type(type), null, AT);
    }

    public static Parameter in(String name, ProcType type) {
        return new Parameter(name, ParameterMode.IN, type, null, AT);
    }

    public static Parameter out(String name, ProcType type) {
        return new Parameter(name, ParameterMode.OUT, type, null, AT);
    }

    public static Parameter out(String name, String type) {
        return new Parameter(name, ParameterMode.OUT, type(type), null, AT);
    }

    public static Parameter inout(String name, String type) {
        return new Parameter(name, ParameterMode.INOUT, type(type), null, AT);
    }

    /** A body whose SQL resolves a name that is both column and variable to the column, as PL/SQL does. */
    public static RoutineBody body(BlockBuilder block) {
        return new RoutineBody(block.build(), NameConflict.COLUMN);
    }

    public static Routine function(String name, String returnType, List<Parameter> parameters, BlockBuilder block) {
        return function(name, Returns.value(type(returnType)), parameters, block);
    }

    public static Routine function(String name, Returns returns, List<Parameter> parameters, BlockBuilder block) {
        return new Routine(ObjectName.of(name), ObjectKind.FUNCTION, new RoutineSignature(parameters, returns), body(block),
                "", AT);
    }

    public static Routine function(String name, ProcType returnType, List<Parameter> parameters, BlockBuilder block) {
        return function(name, Returns.value(returnType), parameters, block);
    }

    /** A trigger being written: row-level, on any column, no WHEN, no order, until said otherwise. */
    public static TriggerBuilder trigger(String name, String timing, String table, String... events) {
        return new TriggerBuilder(objectName(name), timing, objectName(table), List.of(events));
    }

    /** {@code SCHEMA.NAME} or {@code NAME}. */
    private static ObjectName objectName(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? ObjectName.of(dotted) : new ObjectName(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    /** A trigger being written. */
    public static final class TriggerBuilder {
        private final ObjectName name;
        private final String timing;
        private final ObjectName table;
        private final List<String> events;
        private boolean forEachRow = true;
        private Expr when;
        private List<String> updateColumns = List.of();
        private List<ObjectName> follows = List.of();

        private TriggerBuilder(ObjectName name, String timing, ObjectName table, List<String> events) {
            this.name = name;
            this.timing = timing;
            this.table = table;
            this.events = events;
        }

        public TriggerBuilder forEachStatement() {
            forEachRow = false;
            return this;
        }

        public TriggerBuilder when(SqlNode condition) {
            when = new Expr(condition, condition.toString());
            return this;
        }

        public TriggerBuilder when(String condition) {
            return when(expr(condition));
        }

        public TriggerBuilder updateOf(String... columns) {
            updateColumns = List.of(columns);
            return this;
        }

        public TriggerBuilder follows(String... triggers) {
            follows = Arrays.stream(triggers).map(ObjectName::of).toList();
            return this;
        }

        public Trigger body(BlockBuilder block) {
            return new Trigger(name, table, timing, events, forEachRow, when, ProcIr.body(block), AT, updateColumns, follows);
        }
    }

    /** The routine with what it declares about itself (DETERMINISTIC, AUTHID, autonomous transaction). */
    public static Routine withTraits(Routine routine, RoutineTraits traits) {
        return new Routine(routine.name(), routine.kind(), routine.signature(), routine.body(), routine.sourceText(), routine.span(),
                traits);
    }

    public static Routine procedure(String name, List<Parameter> parameters, BlockBuilder block) {
        return new Routine(ObjectName.of(name), ObjectKind.PROCEDURE, new RoutineSignature(parameters, null), body(block),
                "", AT);
    }
}
