package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.ProceduralEmitter;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.Statement;

/**
 * Writes routines and triggers as PL/pgSQL: CREATE PROCEDURE / CREATE FUNCTION around the body, and
 * for a trigger a trigger function plus CREATE TRIGGER. Package state (variables that live for the
 * session) is not handled here yet: a package's routines are written one by one.
 */
public final class PlPgSqlEmitter implements ProceduralEmitter {
    private final PostgresqlIdentifiers names;
    private final PostgresqlExpressions expressions;
    private SharedCollections shared = SharedCollections.NONE;

    public PlPgSqlEmitter(PostgresqlIdentifiers names, PostgresqlExpressions expressions) {
        this.names = names;
        this.expressions = expressions;
    }

    /** Makes the collection types of the schema and of the packages known to the code, which names them without declaring them. */
    PlPgSqlEmitter withShared(SharedCollections collections) {
        this.shared = collections;
        return this;
    }

    /** The facts of {@code body}, with the shared collection types. */
    PlPgSqlScan scan(RoutineBody body, List<Parameter> parameters) {
        return PlPgSqlScan.of(body, parameters).withShared(shared);
    }

    public PlPgSqlEmitter(NameCase sourceNameCase) {
        this(new PostgresqlIdentifiers(sourceNameCase));
    }

    private PlPgSqlEmitter(PostgresqlIdentifiers names) {
        this(names, new PostgresqlExpressions(names));
    }

    @Override
    public EmittedObject routine(Routine source, ActionItems items) {
        Routine routine = PlPgSqlResultSets.asCursors(
                source.body() != null && PlPgSqlConstructor.is(source) ? PlPgSqlConstructor.withSelf(source) : source, items);
        String name = routineName(routine.name());
        boolean procedure = routine.kind() == ObjectKind.PROCEDURE;
        if (routine.body() == null) return notWritten(routine.kind(), name, routine.sourceText(), routine.span(), items);
        Returns returns = routine.signature().returns();
        PlPgSqlContext.Shape shape = procedure ? PlPgSqlContext.Shape.PROCEDURE
                : returns != null && returns.setOf() ? PlPgSqlContext.Shape.SET_FUNCTION : PlPgSqlContext.Shape.FUNCTION;
        PlPgSqlContext context = new PlPgSqlContext(names, expressions, items, scan(routine.body(),
                routine.signature().parameters()), shape, List.of());
        PlPgSqlTypes types = new PlPgSqlTypes(context);
        if (routine.traits().autonomousTransaction()) context.runAutonomously();
        List<Parameter> parameters = routine.signature().parameters();
        List<Parameter> outsAfterDefaults = procedure ? afterDefaults(parameters, p -> p.mode() == ParameterMode.OUT) : List.of();
        List<Parameter> inputsAfterDefaults = afterDefaults(parameters, p -> p.mode() != ParameterMode.OUT);
        if (!inputsAfterDefaults.isEmpty()) {
            items.decided(routine.span(), "plpgsql.input-after-default", "parameters without a default after one with a default"
                    + " get DEFAULT NULL (PostgreSQL requires it; the source's callers pass them by name)");
        }
        String parameterList = parameters.stream().map(p -> parameter(p, outsAfterDefaults.contains(p),
                        inputsAfterDefaults.contains(p), context, types))
                .collect(Collectors.joining(", "));
        boolean passesBack = parameters.stream().anyMatch(p -> p.mode() != ParameterMode.IN);
        boolean resultAsColumn = !procedure && passesBack && returns != null && !returns.setOf();
        if (resultAsColumn) {
            // PostgreSQL returns a function's OUT parameters as its result: the source's result becomes one more of them
            parameterList += ", OUT " + PlPgSqlContext.RESULT_COLUMN + " " + types.spell(returns.type());
            context.returnThroughResultColumn();
            items.add(PostgresqlCode.FUNCTION_RESULT_AS_COLUMN, routine.span(), routine.name() + " has OUT parameters and a"
                    + " result: it returns a row of the OUT parameters and " + PlPgSqlContext.RESULT_COLUMN);
        }
        StringBuilder sql = new StringBuilder("CREATE ").append(procedure ? "PROCEDURE " : "FUNCTION ").append(name)
                .append('(').append(parameterList).append(')');
        if (procedure && returns != null) {
            items.add(PostgresqlCode.PLPGSQL_NOT_EXPRESSIBLE, routine.span(), routine.name() + ": a PostgreSQL procedure"
                    + " returns no value; pass the result back in an OUT parameter");
        }
        if (!procedure) sql.append(returnsClause(resultAsColumn ? null : returns, passesBack, types));
        if (returns != null && returns.type() instanceof ProcType.Row row && row.fields().isEmpty()) {
            items.add(PostgresqlCode.SETOF_RECORD_RESULT, routine.span(), routine.name() + " returns SETOF record: callers give"
                    + " the column definition list");
        }
        boolean cuts = routine.traits().cutsLongStrings();
        String checkedResult = procedure ? null : PlPgSqlTypeModifiers.resultType(returns, types);
        if (checkedResult != null) context.checkResultAs(checkedResult, cuts && PlPgSqlTypeModifiers.isCharacter(checkedResult));
        List<String> opening = new ArrayList<>(PlPgSqlTypeModifiers.onEntry(parameters, context, types, cuts));
        outsAfterDefaults.forEach(p -> opening.add(context.name(p.name()) + " := NULL;"));   // an OUT parameter starts NULL
        if (!outsAfterDefaults.isEmpty()) {
            items.decided(routine.span(), "plpgsql.out-after-default-as-inout", "OUT parameters after one with a default are"
                    + " INOUT ... DEFAULT NULL, set to NULL on entry (PostgreSQL allows no procedure OUT parameter there)");
        }
        String body = body(context, routine.body(), opening);
        String schema = routine.name().schema() == null ? null : identifier(routine.name().schema());
        sql.append(" LANGUAGE plpgsql").append(PlPgSqlRoutineTraits.options(routine, schema, context))
                .append(" AS ").append(dollarQuoted(body)).append(';');
        return new EmittedObject(routine.kind(), name, sql.toString(), routine.span());
    }

    @Override
    public EmittedObject trigger(Trigger trigger, ActionItems items) {
        if (trigger.body() == null) {
            return notWritten(ObjectKind.TRIGGER, qualified(new ObjectName(PlPgSqlTriggerWriter.schemaOf(trigger),
                    trigger.name().name())), "", trigger.span(), items);
        }
        return new PlPgSqlTriggerWriter(this, names, expressions).write(trigger, items);
    }

    /**
     * The text between the dollar quotes. {@code opening} lines start the body (parameters checked
     * on entry); a trigger's body ends with the row it returns. When the source block has handlers,
     * it is nested in an outer block, so its handlers neither catch the opening nor skip the return.
     */
    String body(PlPgSqlContext context, RoutineBody routineBody, List<String> opening) {
        Block block = routineBody.block();
        PlPgSqlText out = new PlPgSqlText(0);
        switch (routineBody.nameConflict()) {
            case COLUMN -> out.line("#variable_conflict use_column");
            case VARIABLE -> out.line("#variable_conflict use_variable");
            case CANNOT_CLASH -> { }
        }
        PlPgSqlWriter writer = new PlPgSqlWriter(context, out);
        List<String> closing = context.shape == PlPgSqlContext.Shape.TRIGGER && !endsWithReturn(block) ? context.triggerReturn
                : List.of();
        if ((!opening.isEmpty() || !closing.isEmpty()) && !block.handlers().isEmpty()) {
            block = new Block(null, List.of(), List.of(block), List.of(), block.span());
        }
        writer.blocks().outermost(block, opening, closing);
        return out.toString();
    }

    /** True when the block's last statement is a RETURN, after which nothing is reached. */
    private static boolean endsWithReturn(Block block) {
        return block.handlers().isEmpty() && !block.statements().isEmpty()
                && block.statements().get(block.statements().size() - 1) instanceof Statement.Return;
    }

    /**
     * The parameters after one with a default that have none themselves and pass {@code which}.
     * PostgreSQL requires a default there: a procedure's OUT parameters are written INOUT with
     * DEFAULT NULL (the body sets them to NULL first, as OUT starts); inputs get DEFAULT NULL, which
     * changes no call the source accepted (its callers had to pass them, by name).
     */
    private static List<Parameter> afterDefaults(List<Parameter> parameters, Predicate<Parameter> which) {
        List<Parameter> result = new ArrayList<>();
        boolean defaulted = false;
        for (Parameter parameter : parameters) {
            defaulted |= parameter.defaultValue() != null;
            if (defaulted && parameter.defaultValue() == null && which.test(parameter)) result.add(parameter);
        }
        return result;
    }

    private String parameter(Parameter parameter, boolean outAfterDefault, boolean inputAfterDefault, PlPgSqlContext context,
                             PlPgSqlTypes types) {
        String mode = outAfterDefault ? "INOUT " : switch (parameter.mode()) {
            case IN -> "";
            case OUT -> "OUT ";
            case INOUT -> "INOUT ";
        };
        String defaultValue = outAfterDefault || inputAfterDefault ? " DEFAULT NULL"
                : parameter.defaultValue() == null ? "" : " DEFAULT " + context.expression(parameter.defaultValue());
        return mode + context.name(parameter.name()) + " " + types.spell(parameter.type()) + defaultValue;
    }

    private static String returnsClause(Returns returns, boolean passesBack, PlPgSqlTypes types) {
        if (returns == null) return passesBack ? "" : " RETURNS void";   // OUT parameters make the result
        if (returns.setOf() && returns.type() instanceof ProcType.Row row) {
            return row.fields().isEmpty() ? " RETURNS SETOF record" : " RETURNS TABLE (" + types.fields(row.fields()) + ")";
        }
        return (returns.setOf() ? " RETURNS SETOF " : " RETURNS ") + types.spell(returns.type());
    }

    private EmittedObject notWritten(ObjectKind kind, String name, String sourceText, SourceSpan span,
                                     ActionItems items) {
        String reason = kind.id() + " " + name + " has no code to convert, or a signature the target cannot declare (see its items)";
        items.add(GeneralCode.PROCEDURAL_NOT_CONVERTED, span, reason);
        PlPgSqlText out = new PlPgSqlText(0).commentedOut("[" + GeneralCode.PROCEDURAL_NOT_CONVERTED.code() + "] " + reason,
                sourceText == null ? "" : sourceText);
        return new EmittedObject(kind, name, out.toString(), span);
    }

    String qualified(ObjectName name) {
        return schemaPrefix(name) + identifier(name.name());
    }

    /** A routine's name as the plan names it: its schema's and its own (a user's rule may rename them), quoted. */
    String routineName(ObjectName name) {
        return schemaPrefix(name) + PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.naming().routine(name)));
    }

    /** A trigger function's name: the trigger's (a user's rule may rename it) in {@code schema}, quoted. */
    String triggerFunction(String schema, ObjectName trigger) {
        return schemaPrefix(new ObjectName(schema, trigger.name()))
                + PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.naming().trigger(trigger)));
    }

    private String schemaPrefix(ObjectName name) {
        return name.schema() == null ? "" : PostgresqlIdentifiers.quote(names.naming().schema(name.schema())) + ".";
    }

    private String identifier(String name) {
        return PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.fold(name)));
    }

    /** The body between dollar quotes whose tag does not occur in it. */
    static String dollarQuoted(String body) {
        String tag = "$$";
        for (int i = 1; body.contains(tag); i++) tag = "$body" + (i == 1 ? "" : String.valueOf(i)) + "$";
        return tag + "\n" + body + tag;
    }
}
