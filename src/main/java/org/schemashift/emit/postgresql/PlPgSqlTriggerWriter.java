package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.SequenceKeyTrigger;
import org.schemashift.model.ObjectKind;
import org.schemashift.emit.ReferenceScope;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.Statement;

/**
 * A trigger as PostgreSQL has them: a trigger function (in the trigger's schema, else the table's)
 * and CREATE TRIGGER, plus the statement-level triggers that tell the function which columns an
 * UPDATE names ({@link PlPgSqlTriggerEvents}) or start a compound trigger's state
 * ({@link PlPgSqlCompoundTriggerState}). The rules are listed in docs/procedural-ir.md ("Triggers"):
 * where the WHEN condition goes, what a statement-level or INSTEAD OF trigger can do, how FOLLOWS is
 * kept, and the sequence-key idiom. A disabled trigger is created, then disabled with ALTER TABLE.
 */
final class PlPgSqlTriggerWriter {
    private final PlPgSqlEmitter emitter;
    private final PostgresqlIdentifiers names;
    private final PostgresqlExpressions expressions;

    PlPgSqlTriggerWriter(PlPgSqlEmitter emitter, PostgresqlIdentifiers names, PostgresqlExpressions expressions) {
        this.emitter = emitter;
        this.names = names;
        this.expressions = expressions;
    }

    EmittedObject write(Trigger trigger, ActionItems items) {
        String bareName = PostgresqlIdentifiers.shorten(names.naming().trigger(trigger.name()));
        String schema = schemaOf(trigger);
        String function = emitter.triggerFunction(schema, trigger.name());
        String table = expressions.relation(trigger.table());
        PostgresqlExpressions rows = expressions.within(ReferenceScope.triggerRows(trigger.table()));
        boolean whenInBody = trigger.when() != null && whenInBody(trigger);
        Block block = whenInBody ? guardedByWhen(trigger, items) : trigger.body().block();
        PlPgSqlTransitionBodies bodies = trigger.transitions() != null && !isInsteadOf(trigger)
                ? new PlPgSqlTransitionBodies(trigger, block) : null;
        List<PlPgSqlTransitionBodies.EventBody> parts = bodies != null ? bodies.bodies()
                : List.of(new PlPgSqlTransitionBodies.EventBody(trigger.events(), block, Set.of()));
        StringBuilder sql = new StringBuilder();
        Map<String, String> functionOfEvent = new HashMap<>();
        Function first = null;
        for (PlPgSqlTransitionBodies.EventBody part : parts) {
            String named = parts.size() == 1 || part.emptied().isEmpty() ? function : emitter.triggerFunction(schema,
                    new ObjectName(trigger.name().schema(), trigger.name().name() + "_" + String.join("_", part.events())));
            // the bodies differ only in the tables read empty: the items are the first's
            Function written = function(trigger, schema, named, part.block(), rows, first == null ? items : new ActionItems());
            if (first == null) first = written;
            sql.append(written.sql());
            part.events().forEach(event -> functionOfEvent.put(event, named));
        }
        PlPgSqlScan scan = first.scan();
        PlPgSqlContext context = first.context();
        PlPgSqlCompoundTriggerState state = PlPgSqlCompoundTriggerState.of(trigger);
        boolean sharesState = state != null && state.shared();
        if (sharesState) {
            sql.append(state.freshStateTrigger(context, table, events(trigger),
                    emitter.qualified(new ObjectName(schema, state.compound() + "_0STATE"))));
        }
        if (!scan.updatingColumns().isEmpty()) {
            items.decided(trigger.span(), "plpgsql.updating-column-flag", "trigger " + trigger.name() + " reads UPDATING("
                    + String.join(", ", scan.updatingColumns()) + ") from flags set by statement-level UPDATE OF triggers");
            sql.append(first.events().flagTriggers(scan.updatingColumns(), table,
                    emitter.qualified(new ObjectName(schema, trigger.name().name() + "__UPDATING"))));
        }
        String when = trigger.when() == null || whenInBody ? "" : " WHEN (" + rows.write(trigger.when().node()) + ")";
        String create = bodies == null ? createTrigger(trigger, bareName, events(trigger), "", table, when, function)
                : withTransitionTables(trigger, bodies, bareName, table, when, functionOfEvent, items);
        if (isInsteadOf(trigger) && !trigger.forEachRow()) {
            String reason = "trigger " + trigger.name() + ": PostgreSQL has INSTEAD OF triggers only FOR EACH ROW";
            items.add(PostgresqlCode.STATEMENT_INSTEAD_OF_TRIGGER, trigger.span(), reason);
            sql.append(new PlPgSqlText(0).commentedOut("[" + PostgresqlCode.STATEMENT_INSTEAD_OF_TRIGGER.code() + "] " + reason,
                    create));
        } else {
            sql.append(create);
            if (trigger.disabled()) {
                sql.append("\nALTER TABLE ").append(table).append(" DISABLE TRIGGER ").append(PostgresqlIdentifiers.quote(bareName)).append(';');
            }
        }
        report(trigger, bareName, scan, items);
        if (state != null) compoundState(trigger, state, items);
        return new EmittedObject(ObjectKind.TRIGGER, PostgresqlIdentifiers.quote(bareName), sql.toString(), trigger.span());
    }

    /** A trigger function's text, with the scan, context and event flags of its body. */
    private record Function(String sql, PlPgSqlScan scan, PlPgSqlContext context, PlPgSqlTriggerEvents events) {
    }

    private Function function(Trigger trigger, String schema, String function, Block block, PostgresqlExpressions rows,
                              ActionItems items) {
        RoutineBody body = new RoutineBody(block, trigger.body().nameConflict());
        PlPgSqlScan scan = emitter.scan(body, List.of());
        PlPgSqlContext context = new PlPgSqlContext(names, rows, items, scan, PlPgSqlContext.Shape.TRIGGER,
                rowReturned(trigger));
        PlPgSqlTriggerEvents events = new PlPgSqlTriggerEvents(trigger.name(), schema, trigger.table(), context);
        context.useTriggerEvents(events);
        PlPgSqlCompoundTriggerState state = PlPgSqlCompoundTriggerState.of(trigger);
        if (state != null && state.shared()) context.frameTrigger(state.loadLines(context), state.storeLines(context));
        if (!trigger.firesOnOwnChanges() && !trigger.forEachRow()) skipOwnChanges(trigger, schema, context, items);
        String sql = "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS "
                + PlPgSqlEmitter.dollarQuoted(emitter.body(context, body, context.triggerOpening)) + ";\n";
        return new Function(sql, scan, context, events);
    }

    /**
     * A statement-level trigger that must not fire for the changes its own body makes to its table (SQL Server's
     * RECURSIVE_TRIGGERS OFF), where PostgreSQL fires it again and again: while its body runs, a transaction-local
     * setting holds the trigger depth it runs at, and a firing one level deeper (set off by the body's own statement)
     * returns at once. A trigger the body sets off that changes the table fires it, as in SQL Server; an error undoes
     * the setting with the failed statement.
     */
    private static void skipOwnChanges(Trigger trigger, String schema, PlPgSqlContext context, ActionItems items) {
        String setting = "'" + PlPgSqlSettings.name(schema == null ? null : context.bare(schema), context.bare(trigger.name().name()),
                "running") + "'";
        String outer = context.name("SS_OUTER_DEPTH");
        context.declareGenerated(outer, "text := current_setting(" + setting + ", true)");
        context.frameTrigger(List.of(
                "IF " + outer + " = CAST(pg_trigger_depth() - 1 AS text) THEN",
                "    RETURN NULL;",
                "END IF;",
                "PERFORM set_config(" + setting + ", CAST(pg_trigger_depth() AS text), true);"),
                List.of("PERFORM set_config(" + setting + ", coalesce(" + outer + ", ''), true);"));
        items.decided(trigger.span(), "plpgsql.trigger-skips-own-changes", "trigger " + trigger.name() + " returns at once when"
                + " its own body's change of " + trigger.table() + " fires it (SQL Server's RECURSIVE_TRIGGERS OFF)");
    }

    /**
     * PostgreSQL rejects in WHEN what Oracle allows or means differently: OLD in an INSERT trigger
     * and NEW in a DELETE trigger (Oracle reads NULLs), subqueries, the event tests, any WHEN on a
     * statement-level or INSTEAD OF trigger. Such a condition is tested first thing in the body.
     */
    private static boolean whenInBody(Trigger trigger) {
        PlPgSqlScan when = PlPgSqlScan.of(trigger.when().node());
        return !trigger.forEachRow() || isInsteadOf(trigger) || when.readsData() || when.testsTriggerEvents()
                || when.triggerRows().contains("OLD") && hasEvent(trigger, "INSERT")
                || when.triggerRows().contains("NEW") && hasEvent(trigger, "DELETE");
    }

    /** The body inside {@code IF when THEN ... END IF}: when the condition is not true the trigger does nothing. */
    private static Block guardedByWhen(Trigger trigger, ActionItems items) {
        items.decided(trigger.span(), "plpgsql.trigger-when-in-body", "the WHEN condition of trigger " + trigger.name()
                + " is tested in the trigger function: PostgreSQL's WHEN clause cannot hold it");
        Block block = trigger.body().block();
        Statement.If test = new Statement.If(List.of(new Statement.Branch(trigger.when().node(), List.of(block))), List.of(),
                block.span());
        return new Block(null, List.of(), List.of(test), List.of(), block.span());
    }

    /**
     * What a trigger function returns when the source's trigger body simply ends: the row to write for
     * a BEFORE or INSTEAD OF row trigger (NEW, or OLD for a DELETE: NULL would skip the row), NULL
     * otherwise, where PostgreSQL ignores it.
     */
    private static List<String> rowReturned(Trigger trigger) {
        if (!trigger.forEachRow() || trigger.timing().equalsIgnoreCase("AFTER")) return List.of("RETURN NULL;");
        boolean deletes = hasEvent(trigger, "DELETE");
        boolean writes = trigger.events().stream().anyMatch(e -> !e.equalsIgnoreCase("DELETE"));
        if (deletes && !writes) return List.of("RETURN OLD;");
        if (deletes) return List.of("IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;", "RETURN NEW;");
        return List.of("RETURN NEW;");
    }

    private String createTrigger(Trigger trigger, String name, String events, String referencing, String table, String when,
                                 String function) {
        return "CREATE TRIGGER " + PostgresqlIdentifiers.quote(name) + " " + trigger.timing().toUpperCase(Locale.ROOT)
                + " " + events + " ON " + table + referencing + " FOR EACH " + (trigger.forEachRow() ? "ROW" : "STATEMENT") + when
                + " EXECUTE FUNCTION " + function + "();";
    }

    /**
     * A trigger that reads the statement's rows as transition tables: PostgreSQL allows them on a
     * trigger of one event only, so one trigger per event (named {@code <trigger>_<event>} when there
     * are several), each naming the tables its event has (INSERT new rows, DELETE old, UPDATE both) and
     * its body reads, and running the function of its event's body ({@link PlPgSqlTransitionBodies}).
     */
    private String withTransitionTables(Trigger trigger, PlPgSqlTransitionBodies bodies, String bareName, String table,
                                        String when, Map<String, String> functionOfEvent, ActionItems items) {
        Trigger.TransitionTables tables = trigger.transitions();
        List<String> creates = new ArrayList<>();
        for (String event : trigger.events()) {
            String spelled = event.toUpperCase(Locale.ROOT);
            String referencing = "";
            if (bodies.references(event, tables, tables.newRows())) referencing += " NEW TABLE AS " + identifier(tables.newRows());
            if (bodies.references(event, tables, tables.oldRows())) referencing += " OLD TABLE AS " + identifier(tables.oldRows());
            String name = trigger.events().size() == 1 ? bareName
                    : PostgresqlIdentifiers.shorten(names.fold(trigger.name().name() + "_" + spelled));
            creates.add(createTrigger(trigger, name, spelled, referencing.isEmpty() ? "" : " REFERENCING" + referencing, table,
                    when, functionOfEvent.get(event)));
        }
        if (creates.size() > 1) {
            items.decided(trigger.span(), "plpgsql.transition-tables-per-event", "trigger " + trigger.name() + " is one PostgreSQL"
                    + " trigger per event: transition tables are allowed on single-event triggers only");
        }
        if (bodies.bodies().stream().anyMatch(b -> !b.emptied().isEmpty())) {
            items.decided(trigger.span(), "plpgsql.transition-table-empty", "trigger " + trigger.name() + " reads "
                    + String.join(" and ", bodies.bodies().stream().flatMap(b -> b.emptied().stream()).distinct().toList())
                    + " as an empty relation on the events that have no such rows" + (bodies.bodies().size() > 1
                    ? ", in functions of their own" : ""));
        }
        return String.join("\n", creates);
    }

    private String identifier(String name) {
        return PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.fold(name)));
    }

    /** INSERT OR UPDATE OF c1, c2 OR DELETE. */
    private String events(Trigger trigger) {
        return trigger.events().stream().map(event -> {
            String spelled = event.toUpperCase(Locale.ROOT);
            if (!spelled.equals("UPDATE") || trigger.updateColumns().isEmpty()) return spelled;
            return "UPDATE OF " + trigger.updateColumns().stream()
                    .map(c -> PostgresqlIdentifiers.quote(names.naming().column(trigger.table(), c)))
                    .collect(Collectors.joining(", "));
        }).collect(Collectors.joining(" OR "));
    }

    /** The items about what the trigger does differently, or could do more simply, on PostgreSQL. */
    private void report(Trigger trigger, String bareName, PlPgSqlScan scan, ActionItems items) {
        if (!trigger.forEachRow() && !scan.triggerRows().isEmpty()) {
            items.add(PostgresqlCode.TRIGGER_ROW_IN_STATEMENT_TRIGGER, trigger.span(), "statement-level trigger " + trigger.name()
                    + " reads " + String.join(" and ", scan.triggerRows()) + ", which are NULL in PostgreSQL");
        }
        if (!trigger.forEachRow() && trigger.timing().equalsIgnoreCase("BEFORE") && !scan.updatingColumns().isEmpty()) {
            items.add(PostgresqlCode.UPDATING_COLUMN_IN_BEFORE_STATEMENT, trigger.span(), "trigger " + trigger.name()
                    + " tests UPDATING(" + String.join(", ", scan.updatingColumns()) + ") before the statement's flags are set");
        }
        order(trigger, bareName, items);
        SequenceKeyTrigger.of(trigger).ifPresent(key -> items.add(PostgresqlCode.SEQUENCE_KEY_TRIGGER, trigger.span(),
                trigger.table().name() + "." + key.column() + " is set from sequence " + key.sequence() + " by trigger "
                        + trigger.name() + (key.onlyWhenNull() ? " when it is NULL" : "")
                        + ": an identity column or DEFAULT nextval(...) does the same without a trigger"));
    }

    private static void compoundState(Trigger trigger, PlPgSqlCompoundTriggerState state, ActionItems items) {
        String variables = String.join(", ", state.variableNames());
        if (state.shared()) {
            items.decided(trigger.span(), "plpgsql.compound-trigger-state", "compound trigger " + state.compound() + ": "
                    + variables + " live for the statement in transaction-local settings, loaded and stored by each part");
        } else {
            items.add(PostgresqlCode.COMPOUND_TRIGGER_STATE, trigger.span(), "trigger " + trigger.name() + " is a part of compound"
                    + " trigger " + state.compound() + " but its outermost block is not the common section around the timing"
                    + " point's block: " + variables + " are not shared with the other parts");
        }
    }

    /**
     * FOLLOWS / PRECEDES: PostgreSQL fires triggers of the same event and timing in the order of their
     * names (byte order), so the source's order holds when this trigger's name sorts after those it
     * follows and before those it precedes.
     */
    private void order(Trigger trigger, String bareName, ActionItems items) {
        if (trigger.follows().isEmpty() && trigger.precedes().isEmpty()) return;
        List<String> followed = targetNames(trigger.follows());
        List<String> preceded = targetNames(trigger.precedes());
        List<String> wrong = new ArrayList<>(followed.stream().filter(f -> f.compareTo(bareName) >= 0).toList());
        wrong.addAll(preceded.stream().filter(p -> p.compareTo(bareName) <= 0).toList());
        String relation = (followed.isEmpty() ? "" : "after " + String.join(", ", followed))
                + (followed.isEmpty() || preceded.isEmpty() ? "" : " and ") + (preceded.isEmpty() ? "" : "before " + String.join(", ", preceded));
        if (wrong.isEmpty()) {
            items.add(PostgresqlCode.TRIGGER_ORDER_BY_NAME, trigger.span(), "trigger " + bareName + " fires " + relation
                    + " because of the order of their names");
        } else {
            items.add(PostgresqlCode.TRIGGER_ORDER_LOST, trigger.span(), "trigger " + bareName + " must fire " + relation
                    + " but its name does not sort there (" + String.join(", ", wrong) + "); rename the triggers so that their names sort in that order");
        }
    }

    private List<String> targetNames(List<ObjectName> triggers) {
        return triggers.stream().map(f -> PostgresqlIdentifiers.shorten(names.fold(f.name()))).toList();
    }

    /** Where the trigger function goes: the trigger's schema, else its table's. */
    static String schemaOf(Trigger trigger) {
        return trigger.name().schema() != null ? trigger.name().schema() : trigger.table().schema();
    }

    private static boolean isInsteadOf(Trigger trigger) {
        return trigger.timing().toUpperCase(Locale.ROOT).startsWith("INSTEAD");
    }

    private static boolean hasEvent(Trigger trigger, String event) {
        return trigger.events().stream().anyMatch(e -> e.equalsIgnoreCase(event));
    }
}
