package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.RoutineTraits;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * CREATE PROCEDURE / FUNCTION / TRIGGER / EVENT as the procedural IR (docs/procedural-ir.md): one
 * statement per object, its items at the lines of the constructs. MySQL resolves a name that is
 * both a column and a variable to the variable ({@link NameConflict#VARIABLE}); routines run with
 * the definer's rights unless they say SQL SECURITY INVOKER. An event becomes a procedure and an
 * item with the pg_cron call that schedules it ({@link MySqlEventSchedule}).
 */
final class MySqlStoredPrograms {
    private final SourcePositions positions;
    private final String text;
    private final MySqlTypeBuilder types;
    private final List<ActionItem> items = new ArrayList<>();
    private final MySqlProcStatements statements;

    MySqlStoredPrograms(SourcePositions positions, String text, MySqlExpressionBuilder expressions) {
        this.positions = positions;
        this.text = text;
        this.types = new MySqlTypeBuilder(positions);
        this.statements = new MySqlProcStatements(positions, expressions, types, items);
    }

    SourceStatement routine(CreateRoutineContext ctx) {
        boolean function = ctx.FUNCTION() != null;
        ObjectKind kind = function ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE;
        ObjectName name = MySqlNames.tableName(ctx.tableName());
        List<Parameter> parameters = new ArrayList<>();
        for (RoutineParameterContext p : ctx.routineParameter()) {
            ParameterMode mode = p.direction == null || p.direction.getType() == MySqlParser.IN ? ParameterMode.IN
                    : p.direction.getType() == MySqlParser.OUT ? ParameterMode.OUT : ParameterMode.INOUT;
            parameters.add(new Parameter(MySqlNames.identifier(p.identifier()), mode,
                    new ProcType.Declared(types.type(p.routineType())), null, positions.span(p)));
        }
        statements.start(function, parameters, ctx.procStatement());
        Returns returns = function ? Returns.value(new ProcType.Declared(types.type(ctx.routineType()))) : null;
        RoutineTraits traits = traits(ctx.routineCharacteristic());
        Routine routine = new Routine(name, kind, new RoutineSignature(parameters, returns), body(ctx.procStatement()),
                text, positions.statementSpan(), traits);
        return parsed(kind, name, new SchemaChange.CreateRoutine(routine));
    }

    SourceStatement trigger(CreateTriggerContext ctx) {
        ObjectName name = MySqlNames.tableName(ctx.tableName(0));
        statements.start(false, List.of(), ctx.procStatement());
        // MySqlTriggerOrder names the triggers of one event so that PostgreSQL fires them in the order these give
        List<ObjectName> follows = new ArrayList<>();
        List<ObjectName> precedes = new ArrayList<>();
        if (ctx.order != null) {
            ObjectName other = new ObjectName(name.schema(), MySqlNames.identifier(ctx.other));
            (ctx.order.getType() == MySqlParser.FOLLOWS ? follows : precedes).add(other);
        }
        Trigger trigger = new Trigger(name, MySqlNames.tableName(ctx.tableName(1)), ctx.timing.getText().toUpperCase(Locale.ROOT),
                List.of(ctx.event.getText().toUpperCase(Locale.ROOT)), true, null, body(ctx.procStatement()),
                positions.statementSpan(), List.of(), follows, precedes, false, null, true);
        return parsed(ObjectKind.TRIGGER, name, new SchemaChange.CreateTrigger(trigger));
    }

    /**
     * An event: its body becomes a procedure of the event's name (another name where a routine of
     * the input has it, {@link MySqlEventProcedures}), which PostgreSQL has no scheduler to run; the
     * item carries the pg_cron call that runs it on the event's schedule.
     */
    SourceStatement event(CreateEventContext ctx, MySqlEventProcedures procedures) {
        ObjectName name = MySqlNames.tableName(ctx.tableName());
        ObjectName procedure = new ObjectName(name.schema(), procedures.procedureFor(name.name()));
        if (!procedure.equals(name)) {
            items.add(MySqlCode.EVENT_PROCEDURE_RENAMED.at(positions.span(ctx.tableName()), "event " + name.name() + " becomes procedure "
                    + procedure.name() + ": a procedure or function of the input is named " + name.name()));
        }
        statements.start(false, List.of(), ctx.procStatement());
        Routine routine = new Routine(procedure, ObjectKind.PROCEDURE, new RoutineSignature(List.of(), null), body(ctx.procStatement()),
                text, positions.statementSpan(), new RoutineTraits(false, RoutineTraits.Rights.DEFINER, false));
        items.add(MySqlCode.EVENT_SCHEDULE.at(positions.statementSpan(),
                MySqlEventSchedule.cronCall(name.name(), procedure.name(), ctx.eventSchedule(), positions)));
        if (ctx.DISABLE() != null) {
            items.add(MySqlCode.EVENT_SCHEDULE.at(positions.span(ctx.DISABLE().getSymbol()), "the event is DISABLEd: schedule it when it is enabled"));
        }
        return parsed(ObjectKind.EVENT, name, new SchemaChange.CreateRoutine(routine));
    }

    /**
     * The body as a block: a body that is one statement (a trigger's SET NEW.c = ...) is a block of
     * it; the user variables that became locals are declared first in it.
     */
    private RoutineBody body(ProcStatementContext ctx) {
        Statement statement = statements.statement(ctx);
        Block block = statement instanceof Block b ? b : new Block(null, List.of(), List.of(statement), List.of(), positions.span(ctx));
        List<Declaration> declarations = new ArrayList<>(statements.userVariableDeclarations());
        if (!declarations.isEmpty()) {
            declarations.addAll(block.declarations());
            block = new Block(block.label(), declarations, block.statements(), block.handlers(), block.span());
        }
        return new RoutineBody(block, NameConflict.VARIABLE);
    }

    /** DETERMINISTIC and SQL SECURITY are traits; COMMENT, LANGUAGE and the data access are noted. */
    private RoutineTraits traits(List<RoutineCharacteristicContext> characteristics) {
        boolean deterministic = false;
        RoutineTraits.Rights rights = RoutineTraits.Rights.DEFINER;
        for (RoutineCharacteristicContext c : characteristics) {
            if (c instanceof RoutineDeterminismContext d) {
                deterministic = d.NOT() == null;
            } else if (c instanceof RoutineSecurityContext s) {
                rights = s.rights.getType() == MySqlParser.INVOKER ? RoutineTraits.Rights.INVOKER : RoutineTraits.Rights.DEFINER;
            } else if (!(c instanceof RoutineLanguageContext)) {
                items.add(MySqlCode.ROUTINE_CHARACTERISTIC.at(positions.span(c), positions.text(c)));
            }
        }
        return new RoutineTraits(deterministic, rights, false);
    }

    private SourceStatement parsed(ObjectKind kind, ObjectName name, SchemaChange change) {
        return new SourceStatement(positions.statementSpan(), text, kind, name.toString(), Disposition.PARSED, List.of(change), items);
    }
}
