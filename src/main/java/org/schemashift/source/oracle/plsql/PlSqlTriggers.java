package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Triggers: BEFORE / AFTER / INSTEAD OF with their events (UPDATE OF columns), FOR EACH ROW,
 * FOLLOWS, DISABLE, WHEN and the body; REFERENCING names become NEW and OLD. A compound trigger is one
 * {@link Trigger} per timing point, named {@code <trigger>_<timing>}, each with the compound's
 * declarations. DDL and database event triggers are reported, not read.
 */
final class PlSqlTriggers {
    private final UnitReading reading;

    PlSqlTriggers(UnitReading reading) {
        this.reading = reading;
    }

    PlSqlUnits.Unit trigger(CreateTriggerContext ctx) {
        ObjectName name = OracleNames.objectName(ctx.tableName());
        TriggerDefinitionContext definition = ctx.triggerDefinition();
        if (definition instanceof SystemTriggerContext) {
            String header = reading.text(definition);
            header = header.substring(0, header.toUpperCase(Locale.ROOT).indexOf(" ON ") + 1).replaceAll("\\s+", " ");
            reading.notes.add(OracleCode.SYSTEM_TRIGGER.at(reading.span(ctx), name + ": " + header.strip()));
            return new PlSqlUnits.Unit(ObjectKind.TRIGGER, name, List.of(), List.of());
        }
        if (definition instanceof CompoundTriggerContext compound) return compound(name, compound);
        if (definition instanceof DmlTriggerContext dml) {
            Events events = events(dml.dmlEvent(), dml.referencingClause(), dml.triggerOrdering());
            Trigger trigger = new Trigger(name, OracleNames.objectName(dml.tableName()), dml.timing.getText().toUpperCase(Locale.ROOT),
                    events.names(), dml.EACH() != null, when(dml.expression()), body(dml.block()),
                    reading.positions.statementSpan(), events.updateColumns(), events.follows(), dml.DISABLE() != null);
            return new PlSqlUnits.Unit(ObjectKind.TRIGGER, name, List.of(new SchemaChange.CreateTrigger(trigger)), List.of());
        }
        InsteadOfTriggerContext instead = (InsteadOfTriggerContext) definition;
        Events events = events(instead.dmlEvent(), instead.referencingClause(), instead.triggerOrdering());
        Trigger trigger = new Trigger(name, OracleNames.objectName(instead.tableName()), "INSTEAD OF", events.names(), true,
                null, body(instead.block()), reading.positions.statementSpan(), events.updateColumns(), events.follows(),
                instead.DISABLE() != null);
        return new PlSqlUnits.Unit(ObjectKind.TRIGGER, name, List.of(new SchemaChange.CreateTrigger(trigger)), List.of());
    }

    private PlSqlUnits.Unit compound(ObjectName name, CompoundTriggerContext ctx) {
        Events events = events(ctx.dmlEvent(), ctx.referencingClause(), ctx.triggerOrdering());
        List<Declaration> shared = reading.declarations.section(ctx.declaration()).declarations();
        if (!shared.isEmpty()) {
            reading.notes.add(OracleCode.COMPOUND_TRIGGER_STATE.at(reading.span(ctx), name + ": " + shared.size()
                    + " declaration(s) shared by the timing points are copied into each trigger"));
        }
        List<SchemaChange> changes = new ArrayList<>();
        for (TimingPointSectionContext section : ctx.timingPointSection()) {
            TimingPointContext point = section.timingPoint(0);
            String timing = point.INSTEAD() != null ? "INSTEAD OF" : point.getChild(0).getText().toUpperCase(Locale.ROOT);
            boolean row = point.EACH() != null;
            String suffix = reading.text(point).toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
            Block body = new Block(null, shared, reading.statements.sequence(section.statementSequence()),
                    reading.conditions.handlers(section.exceptionSection()), reading.span(section));
            changes.add(new SchemaChange.CreateTrigger(new Trigger(new ObjectName(name.schema(), name.name() + "_" + suffix),
                    OracleNames.objectName(ctx.tableName()), timing, events.names(), row, row ? when(ctx.expression()) : null,
                    new RoutineBody(body, NameConflict.COLUMN), reading.span(section), events.updateColumns(), events.follows(),
                    ctx.DISABLE() != null)));
        }
        return new PlSqlUnits.Unit(ObjectKind.TRIGGER, name, changes, List.of());
    }

    /** The events a trigger fires for, with UPDATE OF columns and FOLLOWS. */
    private record Events(List<String> names, List<String> updateColumns, List<ObjectName> follows) {
    }

    private Events events(List<DmlEventContext> events, ReferencingClauseContext referencing, List<TriggerOrderingContext> ordering) {
        List<String> names = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (DmlEventContext e : events) {
            names.add(e.getChild(0).getText().toUpperCase(Locale.ROOT));
            if (e.identifierList() != null) columns.addAll(OracleNames.identifiers(e.identifierList()));
        }
        List<ObjectName> follows = new ArrayList<>();
        for (TriggerOrderingContext o : ordering) {
            if (o.FOLLOWS() != null) {
                o.tableName().forEach(t -> follows.add(OracleNames.objectName(t)));
            } else {
                reading.notes.add(OracleCode.TRIGGER_OPTIONS.at(reading.span(o), reading.text(o) + " not kept"));
            }
        }
        Map<String, String> aliases = new HashMap<>();
        if (referencing != null) {
            for (ReferencingNameContext r : referencing.referencingName()) {
                aliases.put(OracleNames.identifier(r.identifier()), r.which.getText().toUpperCase(Locale.ROOT));
            }
        }
        reading.expressions.rowNames(aliases);
        return new Events(names, columns, follows);
    }

    private Expr when(ExpressionContext condition) {
        return condition == null ? null : new Expr(reading.expression(condition), reading.text(condition));
    }

    private RoutineBody body(BlockContext block) {
        return new RoutineBody(reading.statements.block(block, null, List.of()), NameConflict.COLUMN);
    }
}
