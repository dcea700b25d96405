package org.schemashift.emit.postgresql;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.HandledError;
import org.schemashift.model.sql.SqlTemplate;

/**
 * What writing one routine or trigger body shares: the naming policy, the expression writer, the
 * action items, the facts of the pre-scan, what kind of routine it is, the variables the writer
 * itself needs (declared once in the outermost block) and where the error being handled can be read.
 */
final class PlPgSqlContext {
    private static final Pattern CASE_WORD = Pattern.compile("(?i)\\bCASE\\b");
    // the first PL/pgSQL frame of the context, capture group 1 (regexp_substr: PostgreSQL 15)
    private static final SqlTemplate ERROR_LINE = SqlTemplate.target(
            "CAST(regexp_substr({0}, 'PL/pgSQL function [^\\n]* line (\\d+)', 1, 1, '', 1) AS INTEGER)");
    private static final SqlTemplate ERROR_ROUTINE = SqlTemplate.target(
            "regexp_substr({0}, 'PL/pgSQL function (?:[^ (\\n]*\\.)?([^ .(\\n]+)\\(', 1, 1, '', 1)");

    /** The OUT column that holds the result of a function that also has OUT parameters. */
    static final String RESULT_COLUMN = "return_value";

    /** What the routine is, as far as RETURN and transaction control care. */
    enum Shape { FUNCTION, SET_FUNCTION, PROCEDURE, TRIGGER }

    /**
     * Where a handler body reads the error it handles: PL/pgSQL's SQLSTATE and SQLERRM inside an
     * EXCEPTION clause, or the variables a handler that runs after its block copied them to.
     */
    record ErrorSource(SqlNode sqlState, SqlNode message, SqlNode context, String reraise) {
        /**
         * In an EXCEPTION clause: SQLSTATE and SQLERRM, which PL/pgSQL scopes to the clause, and the
         * error's PG_EXCEPTION_CONTEXT in {@code contextVariable}, which the handler of a body that asks
         * where the error was raised copies when it starts ({@link PlPgSqlHandlers}): one per handled
         * block, so an inner handler's error does not replace the outer's once it is done.
         */
        static ErrorSource inExceptionClause(String contextVariable) {
            return new ErrorSource(variable("sqlstate"), variable("sqlerrm"), variable(contextVariable), "RAISE;");
        }

        static ErrorSource copiedTo(String sqlStateVariable, String messageVariable, String contextVariable) {
            return new ErrorSource(variable(sqlStateVariable), variable(messageVariable), variable(contextVariable),
                    "RAISE EXCEPTION USING ERRCODE = " + sqlStateVariable + ", MESSAGE = " + messageVariable + ";");
        }

        /** NOT FOUND handled without an exception (after a FETCH or SELECT that found no row): raised by no line. */
        static final ErrorSource NO_ROW = new ErrorSource(SqlLiteral.createCharString("02000", SqlParserPos.ZERO),
                SqlLiteral.createCharString("no data", SqlParserPos.ZERO), SqlLiteral.createNull(SqlParserPos.ZERO),
                "RAISE no_data_found;");

        private static SqlIdentifier variable(String name) {
            return new SqlIdentifier(name, SqlParserPos.ZERO);
        }
    }

    final PostgresqlIdentifiers names;
    final ActionItems items;
    final PlPgSqlScan scan;
    final Shape shape;
    /** The lines a bare RETURN becomes in a trigger (the row PostgreSQL expects back). */
    List<String> triggerReturn;
    /** The lines that open a trigger's outermost block, before its statements. */
    List<String> triggerOpening = List.of();
    private final PostgresqlExpressions expressions;
    private final Map<String, String> generatedVariables = new LinkedHashMap<>();
    private final Deque<ErrorSource> handledErrors = new ArrayDeque<>();
    private PlPgSqlCursorAttributes attributes;
    private PlPgSqlTriggerEvents triggerEvents;
    private final PlPgSqlCollections collections = new PlPgSqlCollections(this);
    private final PlPgSqlAssociativeArrays associativeArrays = new PlPgSqlAssociativeArrays(this);
    private String checkedResultType;
    private boolean resultCut;
    private boolean resultColumn;
    private boolean autonomous;
    private int nextId = 1;

    PlPgSqlContext(PostgresqlIdentifiers names, PostgresqlExpressions expressions, ActionItems items, PlPgSqlScan scan,
                   Shape shape, List<String> triggerReturn) {
        this.names = names;
        this.expressions = expressions;
        this.items = items;
        this.scan = scan;
        this.shape = shape;
        this.triggerReturn = List.copyOf(triggerReturn);
    }

    void useAttributes(PlPgSqlCursorAttributes cursorAttributes) {
        this.attributes = cursorAttributes;
    }

    /** Frames a trigger body: {@code opening} lines start it, {@code beforeReturn} lines come before each return. */
    void frameTrigger(List<String> opening, List<String> beforeReturn) {
        triggerOpening = Stream.concat(triggerOpening.stream(), opening.stream()).toList();
        triggerReturn = Stream.concat(beforeReturn.stream(), triggerReturn.stream()).toList();
    }

    /** How a trigger body's event tests are written (a trigger body only). */
    void useTriggerEvents(PlPgSqlTriggerEvents events) {
        this.triggerEvents = events;
    }

    /**
     * Makes RETURN pass its value through a variable of {@code type} (see {@link PlPgSqlTypeModifiers}),
     * cast to it first when {@code cut} (a too long string is cut, not rejected).
     */
    void checkResultAs(String type, boolean cut) {
        this.checkedResultType = type;
        this.resultCut = cut;
        declareGenerated(PlPgSqlTypeModifiers.RESULT, type);
    }

    /** True when a RETURN value is cast to {@link #checkedResultType()} before it is assigned. */
    boolean cutsResult() {
        return resultCut;
    }

    /** The type RETURN values are assigned to first, or null. */
    String checkedResultType() {
        return checkedResultType;
    }

    /** Makes RETURN value assign the value to the OUT column {@link #RESULT_COLUMN} and return the OUT parameters' row. */
    /** Marks the body as an autonomous transaction's: its COMMIT and ROLLBACK are its own, not the caller's. */
    void runAutonomously() {
        this.autonomous = true;
    }

    boolean runsAutonomously() {
        return autonomous;
    }

    void returnThroughResultColumn() {
        this.resultColumn = true;
    }

    boolean returnsThroughResultColumn() {
        return resultColumn;
    }

    PlPgSqlAssociativeArrays associativeArrays() {
        return associativeArrays;
    }

    PlPgSqlCollections collections() {
        return collections;
    }

    /** A source name as PL/pgSQL writes it: folded, shortened, quoted where needed. */
    String name(String sourceName) {
        return PostgresqlIdentifiers.quote(bare(sourceName));
    }

    /**
     * A relation the code names ({@code [schema.]name}: an anchor's table or view) as the target
     * names it, renames followed; a longer name (a package's member) only folded.
     */
    String relation(List<String> parts) {
        ObjectName relation = objectName(parts);
        return relation == null ? String.join(".", parts.stream().map(this::name).toList()) : expressions.relation(relation);
    }

    /** Column {@code column} of the relation {@code relation} names, as the target names it (its rename followed). */
    String column(List<String> relation, String column) {
        return PostgresqlIdentifiers.quote(bareColumn(relation, column));
    }

    /** A column of {@code relation} as the target names it, renames followed, unquoted. */
    String bareColumn(List<String> relation, String column) {
        ObjectName table = objectName(relation);
        return table == null ? bare(column) : names.naming().column(table, column);
    }

    private static ObjectName objectName(List<String> parts) {
        return switch (parts.size()) {
            case 1 -> ObjectName.of(parts.get(0));
            case 2 -> new ObjectName(parts.get(0), parts.get(1));
            default -> null;
        };
    }

    /** A source name folded and shortened, not quoted: the base of generated names. */
    String bare(String sourceName) {
        return PostgresqlIdentifiers.shorten(names.fold(sourceName));
    }

    /** An expression or SQL statement as PostgreSQL text, with the procedural operators rewritten first. */
    String expression(SqlNode node) {
        return expressions.writeExpression(node.accept(new ProceduralOperators(true, Set.of())));
    }

    /** A query where PL/pgSQL takes one (a cursor's, a FOR loop's): as {@link #expression}, without parentheses. */
    String query(SqlNode node) {
        return expressions.write(node.accept(new ProceduralOperators(true, Set.of())));
    }

    /**
     * An assignment target as PostgreSQL text: as {@link #expression}, but a field of an object
     * attribute stays {@code self.a.b}, which PL/pgSQL assigns (and would not read), the element
     * assigned stays {@code v[i]} (its index is no read of it), and field and element steps follow the
     * variable unparenthesised ({@code v[1].f}): PL/pgSQL's assignment takes a name and its steps,
     * and {@code (v[1]).f :=} is a syntax error.
     */
    String target(SqlNode node) {
        return path(node.accept(new ProceduralOperators(false, elementsWritten(node))));
    }

    private String path(SqlNode node) {
        if (node instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.ITEM) {
            return path(call.operand(0)) + "[" + expressions.write(collections.writtenIndex(call)) + "]";
        }
        if (node instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.DOT) {
            return path(call.operand(0)) + "." + expressions.write(call.operand(1));
        }
        return expressions.write(node);
    }

    /**
     * An INTO target or a call's argument, which may be written back: as {@link #expression}, but
     * an element it names stays {@code v[i]}, which PL/pgSQL can write to.
     */
    String writable(SqlNode node) {
        return expressions.writeExpression(node.accept(new ProceduralOperators(true, elementsWritten(node))));
    }

    List<String> writables(List<SqlNode> nodes) {
        return nodes.stream().map(this::writable).toList();
    }

    /** The elements {@code node} writes to: itself and what it is a field or element of ({@code v(i).f}, {@code v(i)(j)}). */
    private static Set<SqlNode> elementsWritten(SqlNode node) {
        Set<SqlNode> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SqlNode part = node; part instanceof SqlCall call && (call.getKind() == SqlKind.ITEM || call.getKind() == SqlKind.DOT);
             part = call.operand(0)) {
            written.add(call);
        }
        return written;
    }

    /** An SQL statement of the code as PostgreSQL text; null when it cannot be written, after its action item. */
    String statement(SqlNode node, SourceSpan span) {
        return expressions.writeIfSpellable(node.accept(new ProceduralOperators(true, Set.of())), span, items);
    }

    /**
     * A condition written before THEN (IF, ELSIF, CASE WHEN): PL/pgSQL ends it at the first THEN
     * outside parentheses, so one holding a CASE expression is parenthesised.
     */
    String condition(SqlNode node) {
        String written = expression(node);
        return CASE_WORD.matcher(written).find() ? "(" + written + ")" : written;
    }

    List<String> expressions(List<SqlNode> nodes) {
        return nodes.stream().map(this::expression).toList();
    }

    /** A number unique in this body, for generated labels and variables. */
    int nextId() {
        return nextId++;
    }

    /** Declares a variable the writer needs in the outermost block; the first declaration of a name wins. */
    void declareGenerated(String name, String typeAndDefault) {
        generatedVariables.putIfAbsent(name, typeAndDefault);
    }

    Map<String, String> generatedVariables() {
        return generatedVariables;
    }

    ErrorSource handledError() {
        return handledErrors.peek();
    }

    /** Runs {@code writing} with {@code source} as where the handled error is read. */
    void handling(ErrorSource source, Runnable writing) {
        handledErrors.push(source);
        try {
            writing.run();
        } finally {
            handledErrors.pop();
        }
    }

    /** Writes {@code what} commented out with a note, and raises the PL/pgSQL item for it. */
    void notExpressible(SourceSpan span, String reason, String what, PlPgSqlText out) {
        items.add(PostgresqlCode.PLPGSQL_NOT_EXPRESSIBLE, span, reason);
        out.commentedOut("[" + PostgresqlCode.PLPGSQL_NOT_EXPRESSIBLE.code() + "] " + reason, what);
    }

    /**
     * What {@code error} reads where the body is: Oracle's SQLCODE is computed from the SQLSTATE
     * ({@link PlPgSqlErrorNumbers}); the line and the routine are those of the innermost PL/pgSQL
     * frame of the error's context ("PL/pgSQL function [schema.]name(types) line n at ...").
     */
    private SqlNode handledError(HandledError error, SqlParserPos pos) {
        ErrorSource source = handledError();
        if (source == null) {
            // no error is being handled: Oracle's SQLCODE is then 0, the other reads are NULL
            return error == HandledError.NUMBER ? SqlLiteral.createExactNumeric("0", pos) : SqlLiteral.createNull(pos);
        }
        return switch (error) {
            case SQLSTATE -> source.sqlState();
            case MESSAGE -> source.message();
            case NUMBER -> PlPgSqlErrorNumbers.sqlCode(source.sqlState());
            case LINE -> ERROR_LINE.apply(source.context());
            case ROUTINE -> ERROR_ROUTINE.apply(source.context());
            case CONTEXT -> source.context();
        };
    }

    /**
     * A trigger-event test as the trigger writer spells it. Outside a trigger body (Oracle rejects
     * INSERTING there; a hand-written IR might not) it is reported and reads as NULL.
     */
    private SqlNode triggerEvent(SqlCall call) {
        if (triggerEvents != null) return triggerEvents.replacement(call);
        items.add(PostgresqlCode.PLPGSQL_NOT_EXPRESSIBLE, SourceSpan.UNKNOWN, call + " tests a trigger event outside a trigger");
        return SqlLiteral.createNull(call.getParserPosition());
    }

    /** Rewrites cursor attributes, handled-error reads and trigger events to what this body declares for them. */
    private final class ProceduralOperators extends SqlShuttle {
        private final boolean readsFields;
        /** Elements written to, not read: their reads are not checked. */
        private final Set<SqlNode> written;

        ProceduralOperators(boolean readsFields, Set<SqlNode> written) {
            this.readsFields = readsFields;
            this.written = written;
        }

        /**
         * {@code SELF.A.B} (a field of an object attribute in a type's member) read as
         * {@code (self.a).b}: PostgreSQL takes {@code self.a.b} for a table's column.
         */
        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (!readsFields || id.names.size() < 3 || !id.names.get(0).equalsIgnoreCase("SELF")) return id;
            SqlNode value = id.getComponent(0, 2);
            for (int i = 2; i < id.names.size(); i++) {
                value = SqlStdOperatorTable.DOT.createCall(id.getParserPosition(), value, id.getComponent(i));
            }
            return value;
        }

        @Override
        public SqlNode visit(SqlCall call) {
            if (ProcOperators.attributeOf(call) != null) return attributes.replacement(call);
            if (ProcOperators.triggerEventOf(call) != null) return triggerEvent(call);
            SqlNode resultMethod = collections.methodOfResult(call);
            if (resultMethod != null) return resultMethod.accept(this);
            if (ProcOperators.collectionMethodOf(call) != null) {
                SqlCall visited = (SqlCall) super.visit(call);
                Declaration.CollectionType associative = associativeArrays.of(visited.operand(0));
                SqlNode written = associative == null ? null : associativeArrays.method(visited, associative);
                return written != null ? written : collections.method(visited);
            }
            if (associativeArrays.isElement(call)) return associativeArrays.element((SqlCall) super.visit(call));
            if (call.getKind() == SqlKind.ITEM && !written.contains(call)) return collections.element((SqlCall) super.visit(call));
            if (call.getOperator() == SqlStdOperatorTable.MEMBER_OF) return PlPgSqlCollections.memberOf((SqlCall) super.visit(call));
            SqlNode constructed = collections.constructor(call);
            if (constructed != null) return constructed.accept(this);
            HandledError error = ProcOperators.handledErrorOf(call);
            if (error != null) return handledError(error, call.getParserPosition());
            return super.visit(call);
        }
    }
}
