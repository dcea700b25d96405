package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.TriggerEvent;

/**
 * The trigger-event tests (Oracle INSERTING, UPDATING, DELETING) in a PL/pgSQL trigger function.
 * The events are {@code TG_OP} tests. {@code UPDATING('C')} is true in Oracle when the UPDATE
 * statement's SET list names C, whether or not the value changes; a PostgreSQL row trigger cannot
 * see the SET list, but a statement-level {@code BEFORE UPDATE OF c} trigger fires exactly for such
 * statements. So per column two statement-level triggers keep a transaction-local flag:
 * {@code <trigger>__<c>_set} (BEFORE UPDATE OF c) sets it before any row is touched and
 * {@code <trigger>__<c>_clear} (AFTER UPDATE) clears it when the statement is done (an error undoes
 * the setting with the rest); the trigger function copies the flag into a variable when it starts. The flags are
 * the firing statement's: named with the trigger depth, so a statement the trigger's body (or another trigger's) runs
 * sets and clears flags of its own, and a firing for it does not see the outer statement's columns.
 * The generated names spell the column as the target names it, upper case as a source name would be
 * (folded with the rest of the name).
 * A row-level trigger sees the flag of its own statement whatever the names; a BEFORE statement-level
 * trigger fires before the flag is set (reported).
 */
final class PlPgSqlTriggerEvents {
    private final String schema;
    private final String trigger;
    /** The trigger's table as the source names it ({@code [schema, ]name}), to find its columns' target names. */
    private final List<String> sourceTable;
    private final PlPgSqlContext context;

    PlPgSqlTriggerEvents(ObjectName trigger, String schema, ObjectName table, PlPgSqlContext context) {
        this.schema = schema;
        this.trigger = trigger.name();
        this.sourceTable = table.parts();
        this.context = context;
    }

    /** The PL/pgSQL test for a trigger-event call; UPDATING('C') reads the variable holding C's flag. */
    SqlNode replacement(SqlCall call) {
        TriggerEvent event = ProcOperators.triggerEventOf(call);
        SqlParserPos pos = call.getParserPosition();
        if (call.operandCount() == 0) {
            String operation = switch (event) {
                case INSERTING -> "INSERT";
                case UPDATING -> "UPDATE";
                case DELETING -> "DELETE";
            };
            return SqlStdOperatorTable.EQUALS.createCall(pos, new SqlIdentifier("TG_OP", pos),
                    SqlLiteral.createCharString(operation, pos));
        }
        String column = context.bareColumn(sourceTable, ((SqlIdentifier) call.operand(0)).getSimple());
        String variable = "SS_UPDATING_" + column.toUpperCase(Locale.ROOT);
        context.declareGenerated(context.name(variable), "boolean := TG_OP = 'UPDATE' AND coalesce(current_setting("
                + PlPgSqlSettings.ofStatement("'" + flag(column) + "'") + ", true), '') = 'on'");
        return new SqlIdentifier(variable, pos);
    }

    /**
     * The statement-level triggers keeping the flags of {@code columns} on {@code table}, and
     * {@code function}, which they run ({@link PlPgSqlSettings#setterFunction}). The flags, their
     * triggers and UPDATE OF name each column by its target name (a rule may rename it).
     */
    String flagTriggers(Iterable<String> sourceColumns, String table, String function) {
        StringBuilder sql = new StringBuilder(PlPgSqlSettings.statementSetterFunction(function));
        for (String sourceColumn : sourceColumns) {
            String column = context.bareColumn(sourceTable, sourceColumn);
            String base = trigger + "__" + column.toUpperCase(Locale.ROOT);
            sql.append(PlPgSqlSettings.setterTrigger(context.name(base + "_SET"), "BEFORE UPDATE OF " + PostgresqlIdentifiers.quote(column), table,
                    function, flag(column), "on"));
            sql.append(PlPgSqlSettings.setterTrigger(context.name(base + "_CLEAR"), "AFTER UPDATE", table, function, flag(column),
                    "off"));
        }
        return sql.toString();
    }

    /** The setting holding "the statement names column": {@code schemashift.<schema>__<trigger>__<column>}. */
    private String flag(String column) {
        return PlPgSqlSettings.name(schema == null ? null : context.bare(schema), context.bare(trigger), context.bare(column));
    }
}
