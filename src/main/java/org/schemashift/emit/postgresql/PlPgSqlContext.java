package org.schemashift.emit.postgresql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.HandledError;

/**
 * What writing one routine or trigger body shares: the naming policy, the expression writer, the
 * action items, the facts of the pre-scan, what kind of routine it is, the variables the writer
 * itself needs (declared once in the outermost block) and where the error being handled can be read.
 */
final class PlPgSqlContext {

    /** What the routine is, as far as RETURN and transaction control care. */
    enum Shape { FUNCTION, SET_FUNCTION, PROCEDURE, TRIGGER }

    /**
     * Where a handler body reads the error it handles: PL/pgSQL's SQLSTATE and SQLERRM inside an
     * EXCEPTION clause, or the variables a handler that runs after its block copied them to.
     */
    record ErrorSource(SqlNode sqlState, SqlNode message, String reraise) {
        static final ErrorSource IN_EXCEPTION_CLAUSE = new ErrorSource(variable("sqlstate"), variable("sqlerrm"), "RAISE;");

        static ErrorSource copiedTo(String sqlStateVariable, String messageVariable) {
            return new ErrorSource(variable(sqlStateVariable), variable(messageVariable),
                    "RAISE EXCEPTION USING ERRCODE = " + sqlStateVariable + ", MESSAGE = " + messageVariable + ";");
        }

        /** NOT FOUND handled without an exception (after a FETCH or SELECT that found no row). */
        static final ErrorSource NO_ROW = new ErrorSource(SqlLiteral.createCharString("02000", SqlParserPos.ZERO),
                SqlLiteral.createCharString("no data", SqlParserPos.ZERO), "RAISE no_data_found;");

        private static SqlIdentifier variable(String name) {
            return new SqlIdentifier(name, SqlParserPos.ZERO);
        }
    }

    final PostgresqlIdentifiers names;
    final ActionItems items;
    final PlPgSqlScan scan;
    final Shape shape;
    /** The lines a bare RETURN becomes in a trigger (the row PostgreSQL expects back). */
    final List<String> triggerReturn;
    private final PostgresqlExpressions expressions;
    private final Map<String, String> generatedVariables = new LinkedHashMap<>();
    private final Deque<ErrorSource> handledErrors = new ArrayDeque<>();
    private PlPgSqlCursorAttributes attributes;
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

    /** A source name as PL/pgSQL writes it: folded, shortened, quoted where needed. */
    String name(String sourceName) {
        return PostgresqlIdentifiers.quote(bare(sourceName));
    }

    /** A source name folded and shortened, not quoted: the base of generated names. */
    String bare(String sourceName) {
        return PostgresqlIdentifiers.shorten(names.fold(sourceName));
    }

    /** An expression or SQL statement as PostgreSQL text, with the procedural operators rewritten first. */
    String expression(SqlNode node) {
        return expressions.write(node.accept(new ProceduralOperators()));
    }

    /** An SQL statement of the code as PostgreSQL text; null when it cannot be written, after its action item. */
    String statement(SqlNode node, SourceSpan span) {
        return expressions.writeIfSpellable(node.accept(new ProceduralOperators()), span, items);
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

    /** Rewrites cursor attributes and handled-error reads to what this body declares for them. */
    private final class ProceduralOperators extends SqlShuttle {
        @Override
        public SqlNode visit(SqlCall call) {
            if (ProcOperators.attributeOf(call) != null) return attributes.replacement(call);
            HandledError error = ProcOperators.handledErrorOf(call);
            if (error != null) {
                ErrorSource source = handledError();
                if (source == null) return SqlLiteral.createNull(call.getParserPosition());   // no error is being handled
                return error == HandledError.SQLSTATE ? source.sqlState() : source.message();
            }
            return super.visit(call);
        }
    }
}
