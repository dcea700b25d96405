package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.QueryColumns;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.RoutineTraits;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * Reads one T-SQL code object (CREATE [OR ALTER] / ALTER PROCEDURE, FUNCTION, TRIGGER) into the
 * procedural IR, as docs/sqlserver-to-postgresql.md ("Procedures, functions and triggers") describes:
 * <ul>
 *   <li>a procedure keeps its kind; OUTPUT parameters are INOUT; a procedure that RETURNs a status
 *       gets one more INOUT parameter {@code RETURN_STATUS}, and the report says its callers change;</li>
 *   <li>a scalar function is a function; an inline table-valued function returns its query
 *       ({@link Statement.ReturnQuery}) as a set of rows; a multi-statement one fills its table
 *       variable, which becomes a temporary table returned at the end (reported);</li>
 *   <li>a DML trigger (FOR / AFTER, INSTEAD OF) fires once per statement and reads {@code inserted} and
 *       {@code deleted} as transition tables; DDL, logon and CLR objects are reported, not read.</li>
 * </ul>
 * An ALTER is read like a CREATE: the last definition of a name is the one the catalog keeps.
 */
final class SqlServerRoutineReader {
    static final String RETURN_STATUS = "RETURN_STATUS";

    private final SourcePositions positions;
    private final SqlServerScript script;
    private final String text;
    private final List<ActionItem> notes = new ArrayList<>();
    private final SqlServerExpressionBuilder expressions;

    SqlServerRoutineReader(SourcePositions positions, String text, SqlServerScript script) {
        this.positions = positions;
        this.text = text;
        this.script = script;
        this.expressions = new SqlServerExpressionBuilder(positions, notes, script.database());
    }

    SourceStatement read(RoutineContext ctx) {
        RoutineDefinitionContext definition = ctx.routineDefinition();
        if (definition instanceof CreateProcedureContext p) return procedure(p);
        if (definition instanceof CreateFunctionContext f) return function(f);
        return trigger((CreateTriggerContext) definition);
    }

    private SourceStatement procedure(CreateProcedureContext ctx) {
        ObjectName name = expressions.objectName(ctx.tableName());
        options(ctx.routineOption(), name);
        TsqlVariables variables = new TsqlVariables();
        List<Parameter> parameters = parameters(ctx.routineParameters(), variables);
        if (ctx.externalName() != null) return clr(ObjectKind.PROCEDURE, name, parameters, null);
        TsqlStatements statements = new TsqlStatements(positions, expressions, notes, script, variables, TsqlStatements.Unit.PROCEDURE);
        Block block = statements.body(ctx.statementList(), positions.span(ctx.statementList()));
        if (statements.returnsStatus()) {
            parameters.add(new Parameter(RETURN_STATUS, ParameterMode.INOUT, integer(), null, positions.span(ctx)));
        }
        if (statements.returnsStatus() || parameters.stream().anyMatch(p -> p.mode() != ParameterMode.IN)) {
            List<String> passed = parameters.stream().filter(p -> p.mode() != ParameterMode.IN).map(Parameter::name).toList();
            notes.add(SqlServerCode.CALLERS_MUST_CHANGE.at(positions.statementSpan(), "procedure " + name + " passes "
                    + String.join(", ", passed) + " back through CALL" + (statements.returnsStatus() ? " (" + RETURN_STATUS
                    + ": the value of RETURN)" : "") + ": its callers must change"));
        }
        Routine routine = new Routine(name, ObjectKind.PROCEDURE, new RoutineSignature(parameters, null),
                new RoutineBody(block, NameConflict.CANNOT_CLASH), text, positions.statementSpan(), traits(ctx.routineOption()));
        return parsed(ObjectKind.PROCEDURE, name, new SchemaChange.CreateRoutine(routine));
    }

    private SourceStatement function(CreateFunctionContext ctx) {
        ObjectName name = expressions.objectName(ctx.tableName());
        options(ctx.routineOption(), name);
        TsqlVariables variables = new TsqlVariables();
        List<Parameter> parameters = parameters(ctx.routineParameters(), variables);
        FunctionResultContext result = ctx.functionResult();
        FunctionBodyContext body = ctx.functionBody();
        if (body instanceof ExternalBodyContext) return clr(ObjectKind.FUNCTION, name, parameters, null);
        Returns returns;
        Block block;
        if (result instanceof ScalarResultContext scalar) {
            returns = new Returns(new ProcType.Declared(SqlServerTypes.type(scalar.dataType(), positions)), false);
            block = block(body, variables);
        } else if (result instanceof InlineTableResultContext && body instanceof InlineBodyContext inline) {
            SqlNode query = expressions.visit(inline.query());
            List<ProcType.Field> columns = QueryColumns.of(query);
            returns = new Returns(new ProcType.Row(columns == null ? List.of() : columns), true);
            block = new Block(null, List.of(), List.of(new Statement.ReturnQuery(new QuerySource.Static(
                    variables.rename(query)), positions.span(inline))), List.of(), positions.span(inline));
        } else {
            TableVariableResultContext table = (TableVariableResultContext) result;
            returns = new Returns(new ProcType.Row(fields(table.tableElement())), true);
            block = tableFunction(table, body, variables);
        }
        // T-SQL's variables start with @, so a bare name in a query is a column, never a RETURNS TABLE output column
        NameConflict conflict = returns.setOf() ? NameConflict.COLUMN : NameConflict.CANNOT_CLASH;
        Routine routine = new Routine(name, ObjectKind.FUNCTION, new RoutineSignature(parameters, returns),
                new RoutineBody(block, conflict), text, positions.statementSpan(), traits(ctx.routineOption()));
        return parsed(ObjectKind.FUNCTION, name, new SchemaChange.CreateRoutine(routine));
    }

    private Block block(FunctionBodyContext body, TsqlVariables variables) {
        if (!(body instanceof BlockBodyContext b)) throw new IllegalStateException("a scalar function needs BEGIN ... END");
        TsqlStatements statements = new TsqlStatements(positions, expressions, notes, script, variables, TsqlStatements.Unit.FUNCTION);
        return statements.body(b.statementList(), positions.span(b));
    }

    /**
     * A multi-statement table-valued function: each INSERT into its table variable adds rows to the
     * result ({@link Statement.ReturnQuery}); any other use of the variable is reported.
     */
    private Block tableFunction(TableVariableResultContext table, FunctionBodyContext body, TsqlVariables variables) {
        if (!(body instanceof BlockBodyContext b)) throw new IllegalStateException("a table function needs BEGIN ... END");
        TsqlStatements statements = new TsqlStatements(positions, expressions, notes, script, variables,
                TsqlStatements.Unit.TABLE_FUNCTION);
        statements.returnedTable(table.VARIABLE().getText());
        return statements.body(b.statementList(), positions.span(b));
    }

    /** The columns of a RETURNS @t TABLE (...): name and type; constraints do not apply to a result. */
    private List<ProcType.Field> fields(List<TableElementContext> elements) {
        List<ProcType.Field> fields = new ArrayList<>();
        for (TableElementContext element : elements) {
            if (element instanceof ColumnElementContext c) {
                fields.add(new ProcType.Field(SqlServerNames.identifier(c.columnDefinition().identifier()),
                        new ProcType.Declared(SqlServerTypes.type(c.columnDefinition().dataType(), positions))));
            }
        }
        return fields;
    }

    private SourceStatement trigger(CreateTriggerContext ctx) {
        ObjectName name = expressions.objectName(ctx.tableName());
        options(ctx.routineOption(), name);
        if (ctx.triggerTarget() instanceof ServerTargetContext || isDatabase(ctx.triggerTarget()) || ctx.externalName() != null
                || ctx.triggerEvent().stream().anyMatch(e -> e.identifier() != null)) {
            String what = ctx.externalName() != null ? "CLR trigger (EXTERNAL NAME)" : "DDL or logon trigger "
                    + positions.text(ctx.triggerTarget()) + " FOR " + ctx.triggerEvent().stream().map(positions::text).toList();
            notes.add(SqlServerCode.CODE_OBJECT_NOT_CONVERTED.at(positions.statementSpan(), "trigger " + name + ": " + what));
            return new SourceStatement(positions.statementSpan(), text, ObjectKind.TRIGGER, name.toString(), Disposition.PARSED,
                    List.of(), notes);
        }
        ObjectName table = expressions.objectName(((TableTargetContext) ctx.triggerTarget()).tableName());
        List<String> events = ctx.triggerEvent().stream().map(e -> e.getText().toUpperCase(Locale.ROOT)).toList();
        boolean insteadOf = ctx.timing.getType() == org.schemashift.source.sqlserver.grammar.SqlServerLexer.INSTEAD;
        TsqlVariables variables = new TsqlVariables();
        TsqlStatements statements = new TsqlStatements(positions, expressions, notes, script, variables, TsqlStatements.Unit.TRIGGER);
        statements.triggerColumns(script.columns(table));
        Block block = statements.body(ctx.statementList(), positions.span(ctx.statementList()));
        if (insteadOf) return insteadOf(name, table, events, block);
        boolean inserts = events.contains("INSERT") || events.contains("UPDATE");
        boolean deletes = events.contains("DELETE") || events.contains("UPDATE");
        // both, whatever the events: in an INSERT trigger deleted is empty, in a DELETE trigger inserted
        Trigger.TransitionTables transitions = new Trigger.TransitionTables("inserted", "deleted");
        notes.add(SqlServerCode.TRIGGER_ROWS_AS_TABLES.at(positions.statementSpan(), "trigger " + name + " fires once per "
                + "statement and reads " + (inserts ? "inserted" : "") + (inserts && deletes ? " and " : "")
                + (deletes ? "deleted" : "") + " as transition tables"));
        Trigger trigger = new Trigger(name, table, insteadOf ? "INSTEAD OF" : "AFTER", events, false, null,
                new RoutineBody(block, NameConflict.CANNOT_CLASH), positions.statementSpan(), List.of(), List.of(), List.of(), false,
                transitions, false);
        return parsed(ObjectKind.TRIGGER, name, new SchemaChange.CreateTrigger(trigger));
    }

    /**
     * INSTEAD OF: PostgreSQL's run once per row. On a view it stays INSTEAD OF; on a table, where
     * PostgreSQL has none, it is a BEFORE trigger that returns NULL (the row is not changed), at the
     * end and at each RETURN. {@code inserted} and {@code deleted} are the row ({@link TsqlTriggerRows}).
     */
    private SourceStatement insteadOf(ObjectName name, ObjectName table, List<String> events, Block block) {
        boolean view = script.view(table) != null;
        Block body = new TsqlTriggerRows(view ? null : table.parts(), events).body(block);
        notes.add(SqlServerCode.INSTEAD_OF_PER_ROW.at(positions.statementSpan(), "trigger " + name + " runs once per row, "
                + "inserted and deleted being that row" + (view ? "" : "; on table " + table + " it is a BEFORE trigger that "
                + "returns NULL; a change of " + table + " in its body fires it again (SQL Server's does not), where it lets the "
                + "row through (pg_trigger_depth() > 1), as it does for any other trigger's change of " + table)));
        Trigger trigger = new Trigger(name, table, view ? "INSTEAD OF" : "BEFORE", events, true, null,
                new RoutineBody(body, NameConflict.CANNOT_CLASH), positions.statementSpan(), List.of(), List.of(), List.of(), false, null, false);
        return parsed(ObjectKind.TRIGGER, name, new SchemaChange.CreateTrigger(trigger));
    }

    private static boolean isDatabase(TriggerTargetContext target) {
        return target instanceof TableTargetContext t && t.tableName().getText().equalsIgnoreCase("DATABASE");
    }

    /** A CLR routine: a routine with no code, which the target reports. */
    private SourceStatement clr(ObjectKind kind, ObjectName name, List<Parameter> parameters, Returns returns) {
        notes.add(SqlServerCode.CODE_OBJECT_NOT_CONVERTED.at(positions.statementSpan(), kind.id() + " " + name
                + ": CLR code (EXTERNAL NAME)"));
        Routine routine = new Routine(name, kind, new RoutineSignature(parameters, returns), null, text,
                positions.statementSpan(), RoutineTraits.NONE);
        return parsed(kind, name, new SchemaChange.CreateRoutine(routine));
    }

    private List<Parameter> parameters(RoutineParametersContext ctx, TsqlVariables variables) {
        List<Parameter> parameters = new ArrayList<>();
        if (ctx == null) return parameters;
        for (RoutineParameterContext p : ctx.routineParameter()) {
            String name = variables.parameter(p.VARIABLE().getText());
            if (p.READONLY() != null) {
                notes.add(SqlServerCode.TABLE_VALUED_PARAMETER.at(positions.span(p), positions.text(p)));
            }
            ParameterMode mode = p.output == null ? ParameterMode.IN : ParameterMode.INOUT;
            SqlNode defaultValue = p.defaultValue == null ? null : variables.rename(expressions.visit(p.defaultValue));
            parameters.add(new Parameter(name, mode, new ProcType.Declared(SqlServerTypes.type(p.dataType(), positions)),
                    defaultValue, positions.span(p)));
        }
        return parameters;
    }

    /** WITH RECOMPILE, ENCRYPTION, EXECUTE AS ...: noted. */
    private void options(List<RoutineOptionContext> options, ObjectName name) {
        for (RoutineOptionContext option : options) {
            notes.add(SqlServerCode.ROUTINE_OPTION_NOTED.at(positions.span(option), name + ": WITH " + positions.text(option)));
        }
    }

    /**
     * EXECUTE AS OWNER / SELF runs with the creator's rights: SECURITY DEFINER; anything else, the caller's.
     * SQL Server converts an argument or a result to the declared varchar(n) / char(n) by cutting it.
     */
    private static RoutineTraits traits(List<RoutineOptionContext> options) {
        for (RoutineOptionContext option : options) {
            if (option instanceof ExecuteAsOptionContext e) {
                String who = e.getChild(2).getText().toUpperCase(Locale.ROOT);
                if (who.equals("OWNER") || who.equals("SELF")) {
                    return new RoutineTraits(false, RoutineTraits.Rights.DEFINER, false).cuttingLongStrings();
                }
            }
        }
        return RoutineTraits.NONE.cuttingLongStrings();
    }

    private static ProcType integer() {
        return new ProcType.Declared(new DataType("int", null, null, java.util.Set.of(), List.of(), null, null, "int"));
    }

    private SourceStatement parsed(ObjectKind kind, ObjectName name, SchemaChange change) {
        return new SourceStatement(positions.statementSpan(), text, kind, name.toString(), Disposition.PARSED, List.of(change), notes);
    }
}
