package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ActionItem;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * Expressions in T-SQL code: built as in views ({@link SqlServerExpressionBuilder}), then the
 * variables renamed ({@link TsqlVariables}) and the session functions of procedural code mapped onto
 * the IR's operators:
 * <ul>
 *   <li>{@code @@ROWCOUNT}: the last statement's row count; {@code @@FETCH_STATUS = 0} (and
 *       {@code <> 0}, {@code = -1}): FOUND (NOT FOUND) of the cursor fetched last;</li>
 *   <li>{@code ERROR_MESSAGE()}: the handled error's message; {@code ERROR_NUMBER()}: its SQLSTATE
 *       (text, reported), {@code ERROR_NUMBER() = n} a test of the SQLSTATE of error n
 *       ({@link TsqlErrorNumbers}); {@code ERROR_SEVERITY()} 16, {@code ERROR_STATE()} 1,
 *       {@code ERROR_LINE()} and {@code ERROR_PROCEDURE()} the line and routine of the PL/pgSQL code
 *       that raised it, each reported;</li>
 *   <li>{@code UPDATE(c)} in a trigger: INSERTING OR UPDATING(c), as SQL Server is true for both; a
 *       constant mask of {@code COLUMNS_UPDATED()} the same per column ({@link TsqlColumnsUpdated});</li>
 *   <li>{@code SCOPE_IDENTITY()}: the identity value the code's last INSERT generated (SCOPE_GENERATED_KEY: right
 *       after a one-row INSERT that INSERT's RETURNING); {@code @@IDENTITY}: the session's last (LAST_GENERATED_KEY);
 *       reported;</li>
 *   <li>{@code @@TRANCOUNT} and {@code XACT_STATE()}: 1, the one committable transaction PostgreSQL code
 *       runs in; {@code @@ERROR}: 0 after a statement (one that fails leaves the routine), the caught
 *       error's number in CATCH; each reported;</li>
 *   <li>other session state (any other {@code COLUMNS_UPDATED()}, {@code IDENT_CURRENT}, {@code @@PROCID},
 *       {@code @@NESTLEVEL}) leaves the statement unconverted; a sys.* catalog view is reported.</li>
 * </ul>
 */
final class TsqlExpressions {
    /** A construct with no IR form: the statement holding it is kept as written, with this reason. */
    static final class NotConverted extends RuntimeException {
        NotConverted(String reason) {
            super(reason);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("%[-+ #0]*\\d*(?:\\.\\d+)?[disuxXo]");

    private final SourcePositions positions;
    private final SqlServerExpressionBuilder builder;
    private final List<ActionItem> notes;
    private final TsqlVariables variables;
    private String fetchedCursor;
    private int catchDepth;
    private TsqlColumnsUpdated columnsUpdated = new TsqlColumnsUpdated(null);

    TsqlExpressions(SourcePositions positions, SqlServerExpressionBuilder builder, List<ActionItem> notes, TsqlVariables variables) {
        this.positions = positions;
        this.builder = builder;
        this.notes = notes;
        this.variables = variables;
    }

    /** Runs {@code reading} for the statements of a CATCH block, where {@code @@ERROR} is the caught error's. */
    <T> T inCatch(java.util.function.Supplier<T> reading) {
        catchDepth++;
        try {
            return reading.get();
        } finally {
            catchDepth--;
        }
    }

    /** The columns of the trigger's table, in order (null: unknown), which {@code COLUMNS_UPDATED()} numbers. */
    void triggerColumns(List<String> columns) {
        columnsUpdated = new TsqlColumnsUpdated(columns);
    }

    /** The cursor the last FETCH read: what {@code @@FETCH_STATUS} after it tests. */
    void fetched(String cursor) {
        fetchedCursor = cursor;
    }

    SqlNode value(ParserRuleContext ctx) {
        return procedural(builder.visit(ctx), ctx);
    }

    SqlNode condition(ExpressionContext ctx) {
        return procedural(builder.visit(ctx), ctx);
    }

    SqlNode query(QueryContext ctx) {
        return procedural(builder.visit(ctx), ctx);
    }

    /** A table variable {@code @t} named in a statement: the temporary table it is ({@link TsqlTables}). */
    SqlIdentifier tableVariable(org.antlr.v4.runtime.tree.TerminalNode variable) {
        return new SqlIdentifier(variables.name(variable.getText()), positions.pos(variable.getSymbol()));
    }

    SqlNode literal(SignedNumberContext ctx) {
        SqlNode value = SqlLiteral.createExactNumeric(ctx.INTEGER_LITERAL().getText(), positions.pos(ctx));
        return ctx.MINUS_SIGN() != null ? SqlStdOperatorTable.UNARY_MINUS.createCall(positions.pos(ctx), value) : value;
    }

    SqlNode text(String text, ParserRuleContext at) {
        return SqlLiteral.createCharString(text, positions.pos(at));
    }

    /**
     * A RAISERROR message with its arguments: a literal with %d / %s placeholders becomes the
     * concatenation of its pieces and the arguments as text; any other message is used as it is.
     */
    SqlNode message(ValueExpressionContext messageCtx, List<ValueExpressionContext> argumentCtxs) {
        SqlNode message = value(messageCtx);
        if (argumentCtxs.isEmpty()) return message;
        if (!(message instanceof SqlLiteral literal) || literal.getTypeName().getFamily() != SqlTypeName.CHAR.getFamily()) {
            throw new NotConverted("RAISERROR with arguments and a message that is not a literal");
        }
        SqlParserPos pos = positions.pos(messageCtx);
        String text = literal.getValueAs(String.class);
        List<SqlNode> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int from = 0;
        int argument = 0;
        while (m.find() && argument < argumentCtxs.size()) {
            if (m.start() > from) pieces.add(SqlLiteral.createCharString(text.substring(from, m.start()), pos));
            pieces.add(asText(value(argumentCtxs.get(argument++)), pos));
            from = m.end();
        }
        if (from < text.length()) pieces.add(SqlLiteral.createCharString(text.substring(from), pos));
        SqlNode joined = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) joined = SqlStdOperatorTable.CONCAT.createCall(pos, joined, pieces.get(i));
        return joined;
    }

    private static SqlNode asText(SqlNode value, SqlParserPos pos) {
        return SqlStdOperatorTable.CAST.createCall(pos, value,
                new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, pos), pos));
    }

    private SqlNode procedural(SqlNode node, ParserRuleContext at) {
        if (node == null) return null;
        SqlNode renamed = TsqlCatalogFunctions.read(variables.rename(node), positions.span(at), notes);
        catalogViews(renamed, at);
        return renamed.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                SqlNode mapped = sessionFunction(call, at);
                return mapped != null ? mapped : super.visit(call);
            }
        });
    }

    private SqlNode sessionFunction(SqlCall call, ParserRuleContext at) {
        SqlParserPos pos = call.getParserPosition();
        if ((call.getKind() == SqlKind.EQUALS || call.getKind() == SqlKind.NOT_EQUALS)
                && PseudoFunctions.isCall(call.operand(0), "@@FETCH_STATUS")) {
            boolean zero = call.operand(1) instanceof SqlNumericLiteral n && n.intValue(true) == 0;
            boolean found = zero == (call.getKind() == SqlKind.EQUALS);
            if (fetchedCursor == null) throw new NotConverted("@@FETCH_STATUS before any FETCH");
            return ProcOperators.cursorAttribute(found ? ProcOperators.CursorAttribute.FOUND : ProcOperators.CursorAttribute.NOT_FOUND,
                    fetchedCursor, pos);
        }
        if (call.getKind().belongsTo(SqlKind.COMPARISON)) {
            SqlNode columns = columnsUpdated.test(call);
            if (columns != null) return columns;
        }
        if (call.getKind() == SqlKind.EQUALS || call.getKind() == SqlKind.NOT_EQUALS) {
            SqlNode tested = errorNumberTest(call, at);
            if (tested != null) return tested;
        }
        String name = PseudoFunctions.name(call);
        if (name == null) return null;
        switch (name.toUpperCase(Locale.ROOT)) {
            case "@@ROWCOUNT":
                return ProcOperators.cursorAttribute(ProcOperators.CursorAttribute.ROW_COUNT, null, pos);
            case "ERROR_MESSAGE":
                return ProcOperators.handledError(ProcOperators.HandledError.MESSAGE, pos);
            case "ERROR_NUMBER":
                return errorNumber(at, pos);
            case "@@ERROR":
                if (catchDepth > 0) return errorNumber(at, pos);
                notes.add(SqlServerCode.ERROR_AFTER_STATEMENT.at(positions.span(at), positions.text(at).replaceAll("\\s+", " ")));
                return SqlLiteral.createExactNumeric("0", pos);
            case "@@TRANCOUNT", "XACT_STATE":
                notes.add(SqlServerCode.TRANSACTION_STATE.at(positions.span(at), name + " is 1"));
                return SqlLiteral.createExactNumeric("1", pos);
            case "ERROR_SEVERITY":
                note(at, "ERROR_SEVERITY() is 16: PostgreSQL errors have no severity");
                return SqlLiteral.createExactNumeric("16", pos);
            case "ERROR_STATE":
                note(at, "ERROR_STATE() is 1: PostgreSQL errors have no state number");
                return SqlLiteral.createExactNumeric("1", pos);
            case "ERROR_LINE":
                note(at, "ERROR_LINE() is the line in the PL/pgSQL body where the error was raised (PG_EXCEPTION_CONTEXT), "
                        + "not the line in the T-SQL source");
                return ProcOperators.handledError(ProcOperators.HandledError.LINE, pos);
            case "ERROR_PROCEDURE":
                note(at, "ERROR_PROCEDURE() is the name of the PL/pgSQL function or procedure where the error was raised "
                        + "(PG_EXCEPTION_CONTEXT): the converted name, NULL for an error of a plain SQL statement");
                return ProcOperators.handledError(ProcOperators.HandledError.ROUTINE, pos);
            case "SCOPE_IDENTITY":
                note(at, "SCOPE_IDENTITY(): right after an INSERT of one row into a table with an identity column, the value that "
                        + "INSERT returns (RETURNING ... INTO); elsewhere lastval(), the sequence value last taken in the session (an "
                        + "identity column's, or any sequence a trigger used since)");
                return CanonicalOperators.SCOPE_GENERATED_KEY.createCall(pos);
            case "@@IDENTITY":
                note(at, "@@IDENTITY is lastval(): the sequence value last taken in the session, which also counts sequences "
                        + "read with NEXT VALUE FOR (nextval), where SQL Server counts identity columns only");
                return CanonicalOperators.LAST_GENERATED_KEY.createCall(pos);
            case "UPDATE":
                return SqlStdOperatorTable.OR.createCall(pos,
                        ProcOperators.triggerEvent(ProcOperators.TriggerEvent.INSERTING, null, pos),
                        ProcOperators.triggerEvent(ProcOperators.TriggerEvent.UPDATING,
                                SqlServerNames.identifier(call.operand(0).toString()), pos));
            case "COLUMNS_UPDATED", "IDENT_CURRENT", "@@PROCID", "@@NESTLEVEL":
                throw new NotConverted(name.equals("COLUMNS_UPDATED") ? "COLUMNS_UPDATED() other than a constant mask compared with a "
                        + "constant: test UPDATE(column) for each column" : name + " reads SQL Server session state PostgreSQL does not keep");
            default:
                return null;
        }
    }

    /**
     * {@code ERROR_NUMBER() = n} (or {@code <>}, and {@code @@ERROR} in CATCH): the handled error's
     * SQLSTATE against n's ({@link TsqlErrorNumbers}); null when the call is no such test.
     */
    private SqlNode errorNumberTest(SqlCall call, ParserRuleContext at) {
        int numberAt = call.operand(1) instanceof SqlNumericLiteral ? 1 : call.operand(0) instanceof SqlNumericLiteral ? 0 : -1;
        if (numberAt < 0) return null;
        SqlNode other = call.operand(1 - numberAt);
        boolean errorNumber = PseudoFunctions.isCall(other, "ERROR_NUMBER") || catchDepth > 0 && PseudoFunctions.isCall(other, "@@ERROR");
        int number = ((SqlNumericLiteral) call.operand(numberAt)).intValue(true);
        if (!errorNumber || number == 0) return null;
        String state = TsqlErrorNumbers.sqlState(number);
        if (state == null) {
            throw new NotConverted("error number " + number + " has no PostgreSQL SQLSTATE in mappings/conditions/sqlserver.yaml: "
                    + "compare SQLSTATE with the code PostgreSQL raises for that error");
        }
        SqlParserPos pos = call.getParserPosition();
        return call.getOperator().createCall(pos, ProcOperators.handledError(ProcOperators.HandledError.SQLSTATE, pos),
                SqlLiteral.createCharString(state, pos));
    }

    private SqlNode errorNumber(ParserRuleContext at, SqlParserPos pos) {
        note(at, "ERROR_NUMBER() is the PostgreSQL SQLSTATE of the error (text), not SQL Server's error number");
        return ProcOperators.handledError(ProcOperators.HandledError.SQLSTATE, pos);
    }

    /** Reports each sys.* catalog or dynamic management view the statement reads, naming PostgreSQL's nearest catalog. */
    private void catalogViews(SqlNode node, ParserRuleContext at) {
        java.util.Set<String> views = new java.util.TreeSet<>();
        node.accept(new org.apache.calcite.sql.util.SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                int n = id.names.size();
                if (n >= 2 && id.names.get(n - 2).equalsIgnoreCase("sys") && !id.names.get(n - 1).isEmpty()) {
                    views.add(id.names.get(n - 1).toLowerCase(Locale.ROOT));
                }
                return null;
            }
        });
        for (String view : views) {
            notes.add(SqlServerCode.CATALOG_VIEW_IN_CODE.at(positions.span(at), "sys." + view + ": " + TsqlCatalogViews.nearest(view)));
        }
    }

    private void note(ParserRuleContext at, String message) {
        notes.add(SqlServerCode.SYSTEM_FUNCTION_IN_CODE.at(positions.span(at), message));
    }
}
