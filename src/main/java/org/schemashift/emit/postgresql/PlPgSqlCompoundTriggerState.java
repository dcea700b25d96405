package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;

/**
 * The variables of an Oracle compound trigger's common section, which live for the triggering
 * statement: set in one timing point, read in the next, kept from row to row. The builder splits a
 * compound trigger into one trigger per timing point named {@code <trigger>_<timing point>}, each
 * part's outermost block declaring a copy of the common section and holding the timing point's own
 * block as its only statement (docs/procedural-ir.md). In PostgreSQL each part loads the variables
 * from transaction-local settings when it starts (if a part of the same statement stored them) and
 * stores them before it returns; a statement-level trigger {@code <trigger>_0state}, which sorts
 * before the parts and so fires first, marks the state fresh at each statement, so the first part
 * starts from the declared initial values. A part whose outermost block has another shape keeps its
 * own copies, which is reported.
 */
final class PlPgSqlCompoundTriggerState {

    /** Oracle's timing points, as the builder names the parts after them. */
    private enum TimingPoint {
        BEFORE_STATEMENT("BEFORE", false), BEFORE_EACH_ROW("BEFORE", true), AFTER_EACH_ROW("AFTER", true),
        AFTER_STATEMENT("AFTER", false), INSTEAD_OF_EACH_ROW("INSTEAD OF", true);

        final String timing;
        final boolean forEachRow;

        TimingPoint(String timing, boolean forEachRow) {
            this.timing = timing;
            this.forEachRow = forEachRow;
        }

        boolean names(Trigger trigger) {
            return trigger.name().name().toUpperCase(Locale.ROOT).endsWith("_" + name()) && trigger.forEachRow() == forEachRow
                    && trigger.timing().equalsIgnoreCase(timing);
        }
    }

    private final Trigger part;
    private final String compound;
    private final List<Declaration.Variable> variables;
    private final boolean shared;

    private PlPgSqlCompoundTriggerState(Trigger part, String compound, List<Declaration.Variable> variables, boolean shared) {
        this.part = part;
        this.compound = compound;
        this.variables = variables;
        this.shared = shared;
    }

    /** The state {@code trigger} takes part in, or null when it is not a part of a compound trigger with variables. */
    static PlPgSqlCompoundTriggerState of(Trigger trigger) {
        for (TimingPoint point : TimingPoint.values()) {
            if (!point.names(trigger)) continue;
            Block block = trigger.body().block();
            List<Declaration.Variable> variables = new ArrayList<>();
            block.declarations().forEach(d -> {
                if (d instanceof Declaration.Variable v && !v.constant()) variables.add(v);
            });
            if (variables.isEmpty()) return null;
            String name = trigger.name().name();
            boolean shaped = block.handlers().isEmpty() && block.statements().size() == 1 && block.statements().get(0) instanceof Block;
            return new PlPgSqlCompoundTriggerState(trigger, name.substring(0, name.length() - point.name().length() - 1), variables,
                    shaped);
        }
        return null;
    }

    /** True when the part has the expected shape, so its variables are the common section and are shared. */
    boolean shared() {
        return shared;
    }

    /** The compound trigger's name (the part's without its timing point). */
    String compound() {
        return compound;
    }

    List<String> variableNames() {
        return variables.stream().map(Declaration.Variable::name).toList();
    }

    /** The lines that store the variables; they come before every return of the part. */
    List<String> storeLines(PlPgSqlContext context) {
        List<String> lines = new ArrayList<>();
        for (Declaration.Variable variable : variables) {
            lines.add("PERFORM set_config('" + setting(context, variable.name()) + "', " + context.name(variable.name())
                    + "::text, true);");
        }
        lines.add("PERFORM set_config('" + setting(context, null) + "', 'kept', true);");
        return lines;
    }

    /**
     * The lines that load the variables a part of the same statement stored; they open the part's
     * body. PL/pgSQL reads the text back into the variable's own type (anchored ones too) on assignment.
     */
    List<String> loadLines(PlPgSqlContext context) {
        List<String> lines = new ArrayList<>();
        lines.add("IF current_setting('" + setting(context, null) + "', true) = 'kept' THEN");
        for (Declaration.Variable variable : variables) {
            lines.add("    " + context.name(variable.name()) + " := nullif(current_setting('" + setting(context, variable.name())
                    + "', true), '');");
        }
        lines.add("END IF;");
        return lines;
    }

    /** The statement-level trigger (and its function) that marks the state fresh before any part of a statement runs. */
    String freshStateTrigger(PlPgSqlContext context, String table, String events, String function) {
        return PlPgSqlSettings.setterFunction(function) + PlPgSqlSettings.setterTrigger(context.name(compound + "_0STATE"),
                "BEFORE " + events, table, function, setting(context, null), "fresh");
    }

    /** {@code schemashift.<schema>__<compound trigger>[__<variable>]}. */
    private String setting(PlPgSqlContext context, String variable) {
        String schema = PlPgSqlTriggerWriter.schemaOf(part);
        return PlPgSqlSettings.name(schema == null ? null : context.bare(schema), context.bare(compound),
                variable == null ? null : context.bare(variable));
    }
}
