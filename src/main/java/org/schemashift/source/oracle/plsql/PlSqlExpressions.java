package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionItem;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CursorAttribute;
import org.schemashift.model.proc.ProcOperators.HandledError;
import org.schemashift.model.proc.ProcOperators.TriggerEvent;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.OracleExpressionBuilder;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.ArgumentsContext;
import org.schemashift.source.oracle.grammar.OracleParser.ColumnReferenceContext;
import org.schemashift.source.oracle.grammar.OracleParser.CursorAttributeContext;
import org.schemashift.source.oracle.grammar.OracleParser.FunctionCallContext;
import org.schemashift.source.oracle.grammar.OracleParser.InquiryDirectiveContext;
import org.schemashift.source.oracle.grammar.OracleParser.MemberNameContext;
import org.schemashift.source.oracle.grammar.OracleParser.MemberOfCallContext;
import org.schemashift.source.oracle.grammar.OracleParser.RowFieldContext;

/**
 * Oracle expressions inside PL/SQL: everything the SQL expressions are, plus what only code has
 * (the builder's contract in docs/procedural-ir.md):
 * <ul>
 *   <li>{@code c%FOUND}, {@code SQL%ROWCOUNT}, ... are {@link ProcOperators#cursorAttribute} (SQL: the
 *       implicit cursor); SQL%BULK_ROWCOUNT(i) is the unresolved call {@code SQL%BULK_ROWCOUNT(i)};</li>
 *   <li>SQLCODE / SQLERRM are {@link ProcOperators#handledError}; INSERTING, UPDATING[('c')], DELETING
 *       {@link ProcOperators#triggerEvent};</li>
 *   <li>{@code :NEW.c} / {@code :OLD.c} (and the REFERENCING names for them) are the identifiers
 *       {@code NEW.C} / {@code OLD.C};</li>
 *   <li>{@code v(i).f} is Calcite's DOT of the call {@code V(i)} and the field;</li>
 *   <li>{@code $$PLSQL_UNIT} and {@code $$PLSQL_LINE} are the unit's name and the line; any other
 *       inquiry directive is NULL, as Oracle reads an unset flag.</li>
 * </ul>
 */
final class PlSqlExpressions extends OracleExpressionBuilder {
    private final SourcePositions positions;
    private final String unitName;
    /** REFERENCING names of a trigger's rows (N → NEW); empty elsewhere. */
    private Map<String, String> rowNames = Map.of();

    PlSqlExpressions(SourcePositions positions, List<ActionItem> notes, String unitName) {
        super(positions, notes);
        this.positions = positions;
        this.unitName = unitName;
    }

    /** From now on, {@code :alias.c} and {@code alias.c} name the trigger row the alias stands for. */
    void rowNames(Map<String, String> aliases) {
        this.rowNames = Map.copyOf(aliases);
    }

    /** The row a name stands for in a trigger: NEW and OLD, or what REFERENCING renamed. */
    String rowName(String name) {
        return rowNames.getOrDefault(name, name);
    }

    @Override
    public SqlNode visitRowField(RowFieldContext ctx) {
        String row = rowName(OracleNames.identifier(ctx.BIND_VARIABLE().getText().substring(1)));
        return new SqlIdentifier(List.of(row, OracleNames.identifier(ctx.identifier())), pos(ctx));
    }

    /** Bare SQLCODE, SQLERRM, INSERTING, UPDATING, DELETING; a trigger's REFERENCING name as its row. */
    @Override
    public SqlNode visitColumnReference(ColumnReferenceContext ctx) {
        List<String> names = new ArrayList<>(OracleNames.names(ctx));
        SqlParserPos p = pos(ctx);
        if (names.size() == 1 && ctx.PLUS() == null && ctx.identifier().ID() != null) {
            SqlNode special = special(names.get(0), p);
            if (special != null) return special;
        }
        if (names.size() > 1 && rowNames.containsKey(names.get(0))) {
            names.set(0, rowName(names.get(0)));
            return new SqlIdentifier(names, p);
        }
        return super.visitColumnReference(ctx);
    }

    private static SqlNode special(String word, SqlParserPos p) {
        return switch (word) {
            case "SQLCODE" -> ProcOperators.handledError(HandledError.NUMBER, p);
            case "SQLERRM" -> ProcOperators.handledError(HandledError.MESSAGE, p);
            case "INSERTING" -> ProcOperators.triggerEvent(TriggerEvent.INSERTING, null, p);
            case "UPDATING" -> ProcOperators.triggerEvent(TriggerEvent.UPDATING, null, p);
            case "DELETING" -> ProcOperators.triggerEvent(TriggerEvent.DELETING, null, p);
            default -> null;
        };
    }

    /** {@code UPDATING('C')}: true when the statement sets column C. */
    @Override
    public SqlNode visitFunctionCall(FunctionCallContext ctx) {
        if (ctx.functionName().getText().equalsIgnoreCase("UPDATING") && ctx.functionArgument().size() == 1) {
            String column = OracleNames.string(ctx.functionArgument(0).getText());
            return ProcOperators.triggerEvent(TriggerEvent.UPDATING, column, pos(ctx));
        }
        return super.visitFunctionCall(ctx);
    }

    @Override
    public SqlNode visitCursorAttribute(CursorAttributeContext ctx) {
        String cursor = String.join(".", OracleNames.names(ctx.columnReference()));
        String attribute = ctx.CURSOR_ATTRIBUTE().getText().substring(1).toUpperCase(Locale.ROOT);
        boolean implicit = cursor.equals("SQL");
        SqlParserPos p = pos(ctx);
        CursorAttribute read = switch (attribute) {
            case "FOUND" -> CursorAttribute.FOUND;
            case "NOTFOUND" -> CursorAttribute.NOT_FOUND;
            case "ROWCOUNT" -> CursorAttribute.ROW_COUNT;
            case "ISOPEN" -> CursorAttribute.IS_OPEN;
            default -> null;
        };
        if (read != null) return ProcOperators.cursorAttribute(read, implicit ? null : cursor, p);
        SqlNode[] operands = ctx.valueExpression() == null ? new SqlNode[0] : new SqlNode[] {visit(ctx.valueExpression())};
        return PseudoFunctions.call(cursor + "%" + attribute, p, operands);
    }

    /**
     * {@code v(i).f} is DOT(V(i), F); an object method {@code x(a).m(b)} is DOT(X(a), M(b)); an element
     * of an element {@code v(i)(j)} is ITEM(V(i), j).
     */
    @Override
    public SqlNode visitMemberOfCall(MemberOfCallContext ctx) {
        SqlNode node = visit(ctx.functionCall());
        for (int i = 1; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof ArgumentsContext subscript && !(ctx.getChild(i - 1) instanceof MemberNameContext)) {
                node = SqlStdOperatorTable.ITEM.createCall(pos(subscript), node, arguments(subscript)[0]);
                continue;
            }
            if (!(ctx.getChild(i) instanceof MemberNameContext member)) continue;
            String name = OracleNames.identifier(member.getText());
            SqlNode field = new SqlIdentifier(name, pos(member));
            if (i + 1 < ctx.getChildCount() && ctx.getChild(i + 1) instanceof ArgumentsContext args) {
                field = PseudoFunctions.call(name, pos(member), arguments(args));
            }
            node = SqlStdOperatorTable.DOT.createCall(pos(ctx), node, field);
        }
        return node;
    }

    private SqlNode[] arguments(ArgumentsContext args) {
        return args.functionArgument().stream().map(a -> visit(a.expression())).toArray(SqlNode[]::new);
    }

    @Override
    public SqlNode visitInquiryDirective(InquiryDirectiveContext ctx) {
        SqlParserPos p = pos(ctx);
        return switch (ctx.getText().substring(2).toUpperCase(Locale.ROOT)) {
            // an anonymous block has no unit name: Oracle's $$PLSQL_UNIT is NULL there
            case "PLSQL_UNIT" -> unitName == null ? SqlLiteral.createNull(p) : SqlLiteral.createCharString(unitName, p);
            case "PLSQL_LINE" -> SqlLiteral.createExactNumeric(Integer.toString(positions.span(ctx).line()), p);
            default -> SqlLiteral.createNull(p);
        };
    }
}
