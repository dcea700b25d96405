package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import org.antlr.v4.runtime.Token;
import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.UserType;
import org.schemashift.model.Expr;
import org.schemashift.model.View;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * Turns one parsed statement into its {@link SourceStatement}. Tables and ALTER TABLE are built by
 * {@link SqlServerTableBuilder}, EXEC of the catalogue procedures by {@link SqlServerProcedureCalls};
 * an IF guard yields the changes of the statements it guards, with a note. Rules and defaults
 * (CREATE RULE / DEFAULT) are remembered in the {@link SqlServerScript} until sp_bindrule /
 * sp_bindefault binds them.
 */
final class SqlServerDdlBuilder {

    private final SourcePositions positions;
    private final String text;
    private final SqlServerScript script;
    private final List<ActionItem> notes = new ArrayList<>();
    private final SqlServerExpressionBuilder expressions;
    private final SqlServerTableBuilder tables;

    SqlServerDdlBuilder(SourcePositions positions, String text, SqlServerScript script) {
        this.positions = positions;
        this.text = text;
        this.script = script;
        this.expressions = new SqlServerExpressionBuilder(positions, notes, script.database());
        this.tables = new SqlServerTableBuilder(positions, expressions, notes, script);
    }

    SourceStatement build(StatementContext ctx) {
        Built built = body(ctx.statementBody(), false);
        List<ActionItem> items = new ArrayList<>(notes);
        items.addAll(built.items());
        return new SourceStatement(positions.statementSpan(), text, built.kind(), built.name(), built.disposition(),
                built.changes(), items);
    }

    /**
     * A script-level {@code SELECT ... INTO t}: {@code CREATE TABLE t AS} the query, a relation later
     * statements can read; null when the query selects into no new permanent table (a #t is the
     * script session's).
     */
    SourceStatement selectInto(ScriptQueryContext ctx) {
        QueryBlockContext into = TsqlStatements.into(ctx.query());
        if (into == null || into.tableName().getText().startsWith("#")) return null;
        ObjectName name = expressions.objectName(into.tableName());
        SourceSpan span = positions.statementSpan();
        View table = View.tableAsSelect(name, List.of(), expressions.expr(ctx.query()), text, span);
        notes.add(SqlServerCode.SELECT_INTO_TABLE.at(span, "SELECT ... INTO " + name + " is CREATE TABLE " + name
                + " AS SELECT: only the query's columns and rows; keys, constraints, defaults, indexes and a selected "
                + "identity column's IDENTITY (which SELECT INTO keeps) are not created"));
        return new SourceStatement(span, text, ObjectKind.TABLE, name.toString(), Disposition.PARSED,
                List.of(new SchemaChange.CreateView(table)), notes);
    }

    /** What one statement body yields; {@code guarded}: inside an IF, where a DROP means "if it exists". */
    private record Built(ObjectKind kind, String name, Disposition disposition, List<SchemaChange> changes, List<ActionItem> items) {
        static Built parsed(ObjectKind kind, String name, SchemaChange... changes) {
            return new Built(kind, name, Disposition.PARSED, List.of(changes), List.of());
        }
    }

    private Built body(StatementBodyContext ctx, boolean guarded) {
        SourceSpan span = positions.statementSpan();
        if (ctx instanceof CreateTableContext c) {
            Table table = tables.table(c);
            script.table(table);
            return Built.parsed(ObjectKind.TABLE, table.name().toString(), new SchemaChange.CreateTable(table));
        }
        if (ctx instanceof CreateIndexContext c) return index(c);
        if (ctx instanceof CreateSpecialIndexContext c) {
            return new Built(ObjectKind.INDEX, null, Disposition.UNSUPPORTED, List.of(),
                    List.of(SqlServerCode.INDEX_KIND.at(span, c.kind.getText().toUpperCase(java.util.Locale.ROOT) + " index")));
        }
        if (ctx instanceof CreateViewContext c) return view(c);
        if (ctx instanceof CreateSequenceContext c) {
            Sequence sequence = sequence(c);
            return Built.parsed(ObjectKind.SEQUENCE, sequence.name().toString(), new SchemaChange.CreateSequence(sequence));
        }
        if (ctx instanceof CreateSchemaContext c) {
            String name = SqlServerNames.identifier(c.identifier(0));
            return Built.parsed(ObjectKind.SCHEMA, name, new SchemaChange.CreateSchema(name, span));
        }
        if (ctx instanceof CreateSynonymContext c) {
            ObjectName name = expressions.objectName(c.tableName(0));
            return Built.parsed(ObjectKind.SYNONYM, name.toString(), new SchemaChange.CreateSynonym(
                    new Synonym(name, expressions.objectName(c.tableName(1)), null, false, span)));
        }
        if (ctx instanceof CreateAliasTypeContext c) {
            ObjectName name = expressions.objectName(c.tableName());
            DataType base = SqlServerTypes.type(c.dataType(), positions);
            UserType type = new UserType(name, "DOMAIN", List.of(), List.of(), base, span).withNotNull(c.NOT() != null);
            script.aliasType(type);
            return Built.parsed(ObjectKind.TYPE, name.toString(), new SchemaChange.CreateType(type));
        }
        if (ctx instanceof CreateTableTypeContext c) {
            ObjectName name = expressions.objectName(c.tableName());
            return new Built(ObjectKind.TYPE, name.toString(), Disposition.UNSUPPORTED, List.of(),
                    List.of(SqlServerCode.TABLE_TYPE.at(span, "table type " + name)));
        }
        if (ctx instanceof CreateRuleContext c) {
            ObjectName name = expressions.objectName(c.tableName());
            script.rule(name, expressions.expr(c.expression()));
            return bindable(ObjectKind.CONSTRAINT, "rule", name);
        }
        if (ctx instanceof CreateDefaultContext c) {
            ObjectName name = expressions.objectName(c.tableName());
            script.defaultValue(name, expressions.expr(c.valueExpression()));
            return bindable(ObjectKind.OTHER, "default", name);
        }
        if (ctx instanceof AlterTableContext c) {
            ObjectName table = expressions.objectName(c.tableName());
            return Built.parsed(ObjectKind.TABLE, table.toString(),
                    new SchemaChange.AlterTable(table, tables.alter(c.alterTableAction(), table), span));
        }
        if (ctx instanceof DropObjectContext c) return drop(c, guarded);
        if (ctx instanceof DropIndexContext c) return dropIndex(c, guarded);
        if (ctx instanceof ExecuteProcedureContext c) {
            SqlServerProcedureCalls.Call call = new SqlServerProcedureCalls(positions, script).call(c);
            return new Built(call.kind(), call.name(), call.disposition(), call.changes(), call.items());
        }
        if (ctx instanceof UseDatabaseContext c) {
            return new Built(ObjectKind.SCHEMA, SqlServerNames.identifier(c.identifier()), Disposition.IGNORED, List.of(), List.of());
        }
        return guard((IfGuardContext) ctx);
    }

    /** The guarded statements' changes; the ELSE part (DDL or not) is the alternative a fresh database does not take: reported. */
    private Built guard(IfGuardContext ctx) {
        List<Built> guarded = new ArrayList<>();
        for (StatementBodyContext body : bodies(ctx.guarded)) guarded.add(body(body, true));
        List<SchemaChange> changes = new ArrayList<>();
        List<ActionItem> items = new ArrayList<>();
        items.add(SqlServerCode.GUARD_DROPPED.at(positions.statementSpan(), "IF " + positions.text(ctx.expression())));
        Disposition disposition = Disposition.PARSED;
        for (Built built : guarded) {
            changes.addAll(built.changes());
            items.addAll(built.items());
            if (built.disposition() != Disposition.PARSED && built.disposition() != Disposition.IGNORED) disposition = built.disposition();
        }
        if (ctx.ELSE() != null) {
            Token elseToken = ctx.ELSE().getSymbol();
            String otherwise = positions.text(ctx).substring(elseToken.getStopIndex() + 1 - ctx.getStart().getStartIndex()).strip();
            items.add(SqlServerCode.GUARD_ELSE_NOT_TAKEN.at(positions.span(elseToken), "ELSE " + otherwise));
        }
        if (guarded.isEmpty()) return new Built(ObjectKind.OTHER, null, Disposition.IGNORED, changes, items);
        Built first = guarded.get(0);
        return new Built(first.kind(), first.name(), disposition, changes, items);
    }

    private static List<StatementBodyContext> bodies(GuardedBlockContext block) {
        if (block instanceof SingleGuardedContext single) return List.of(single.statementBody());
        return ((BlockGuardedContext) block).statementBody();
    }

    private Built index(CreateIndexContext c) {
        ObjectName table = expressions.objectName(c.tableName());
        String name = SqlServerNames.identifier(c.identifier());
        tables.storage(c.tableOption(), "index " + name);
        if (c.clustering() != null) {
            notes.add(SqlServerCode.STORAGE_OPTION_IGNORED.at(positions.span(c.clustering()), "index " + name + ": " + c.clustering().getText()));
        }
        View view = script.view(table);
        if (view != null) return indexedView(view, name);
        return Built.parsed(ObjectKind.INDEX, name, new SchemaChange.CreateIndex(tables.index(name, table, c.UNIQUE() != null,
                c.indexColumn(), c.identifierList(), c.whereClause(), positions.statementSpan())));
    }

    /**
     * An index on a view materialises it: the view is created again as a materialized view (the
     * index itself, which SQL Server keeps current, is not), with an item about refreshing it.
     */
    private Built indexedView(View view, String index) {
        SourceSpan span = positions.statementSpan();
        View materialized = new View(view.name(), view.columns(), view.query(), true, false, false, view.sourceText(), view.span());
        script.view(materialized);
        return new Built(ObjectKind.VIEW, view.name().toString(), Disposition.PARSED,
                List.of(new SchemaChange.DropObject(ObjectKind.VIEW, view.name(), null, true, span),
                        new SchemaChange.CreateView(materialized)),
                List.of(SqlServerCode.INDEXED_VIEW.at(span, "index " + index + " on view " + view.name()
                        + ": the view becomes a materialized view")));
    }

    private Built view(CreateViewContext c) {
        ObjectName name = expressions.objectName(c.tableName());
        List<String> columns = c.identifierList() == null ? List.of() : SqlServerNames.identifiers(c.identifierList());
        Expr query = expressions.expr(c.query());
        query = query.withNode(TsqlCatalogFunctions.read(query.node(), positions.statementSpan(), notes));
        View view = new View(name, columns, query, false, false, c.OPTION() != null, text, positions.statementSpan());
        script.view(view);
        return Built.parsed(ObjectKind.VIEW, name.toString(), new SchemaChange.CreateView(view));
    }

    /**
     * SQL Server's defaults differ from the standard's: a sequence is bigint unless AS says otherwise,
     * and without START WITH it starts at its minimum value (the type's lowest, not 1).
     */
    private Sequence sequence(CreateSequenceContext ctx) {
        DataType type = null;
        Long start = null;
        Long increment = null;
        Long min = null;
        Long max = null;
        boolean cycle = false;
        Long cache = null;
        for (SequenceOptionContext option : ctx.sequenceOption()) {
            if (option instanceof SequenceTypeContext t) type = SqlServerTypes.type(t.dataType(), positions);
            else if (option instanceof SequenceStartContext s) start = Long.valueOf(s.signedNumber().getText());
            else if (option instanceof SequenceIncrementContext i) increment = Long.valueOf(i.signedNumber().getText());
            else if (option instanceof SequenceMinValueContext m) min = Long.valueOf(m.signedNumber().getText());
            else if (option instanceof SequenceMaxValueContext m) max = Long.valueOf(m.signedNumber().getText());
            else if (option instanceof SequenceCycleContext) cycle = true;
            else if (option instanceof SequenceCacheContext c && c.signedNumber() != null) cache = Long.valueOf(c.signedNumber().getText());
        }
        boolean descending = increment != null && increment < 0;
        if (start == null && !descending) {
            start = min != null ? min : lowest(type);
            min = start;
        }
        return new Sequence(expressions.objectName(ctx.tableName()), type, start, increment, min, max,
                cycle, cache, false, positions.statementSpan());
    }

    private static long lowest(DataType type) {
        String name = type == null ? "bigint" : type.name();
        return switch (name) {
            case "tinyint" -> 0;
            case "smallint" -> Short.MIN_VALUE;
            case "int" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private Built bindable(ObjectKind kind, String what, ObjectName name) {
        return new Built(kind, name.toString(), Disposition.PARSED, List.of(), List.of(SqlServerCode.BOUND_RULE_OR_DEFAULT.at(
                positions.statementSpan(), what + " " + name + " is converted where sp_bind" + (what.equals("rule") ? "rule" : "efault")
                        + " binds it to a column")));
    }

    private Built drop(DropObjectContext c, boolean guarded) {
        ObjectKind kind = switch (c.kind.getType()) {
            case SqlServerParser.TABLE -> ObjectKind.TABLE;
            case SqlServerParser.VIEW -> ObjectKind.VIEW;
            case SqlServerParser.SEQUENCE -> ObjectKind.SEQUENCE;
            case SqlServerParser.SYNONYM -> ObjectKind.SYNONYM;
            case SqlServerParser.TYPE -> ObjectKind.TYPE;
            case SqlServerParser.SCHEMA -> ObjectKind.SCHEMA;
            case SqlServerParser.FUNCTION -> ObjectKind.FUNCTION;
            case SqlServerParser.TRIGGER -> ObjectKind.TRIGGER;
            case SqlServerParser.PROCEDURE, SqlServerParser.PROC -> ObjectKind.PROCEDURE;
            default -> ObjectKind.CONSTRAINT;
        };
        List<SchemaChange> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (TableNameContext n : c.tableName()) {
            ObjectName name = expressions.objectName(n);
            names.add(name.toString());
            changes.add(new SchemaChange.DropObject(kind, name, null, guarded || c.EXISTS() != null, positions.statementSpan()));
        }
        return new Built(kind, String.join(", ", names), Disposition.PARSED, changes, List.of());
    }

    private Built dropIndex(DropIndexContext c, boolean guarded) {
        List<SchemaChange> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (IndexTargetContext target : c.indexTarget()) {
            ObjectName table;
            String name;
            if (target instanceof IndexOnTableContext on) {
                name = SqlServerNames.identifier(on.identifier());
                table = expressions.objectName(on.tableName());
            } else {
                List<String> parts = new ArrayList<>();
                for (IdentifierContext id : ((QualifiedIndexContext) target).tableName().identifier()) parts.add(SqlServerNames.identifier(id));
                name = parts.remove(parts.size() - 1);
                table = SqlServerNames.objectName(parts);
            }
            names.add(name);
            changes.add(new SchemaChange.DropObject(ObjectKind.INDEX, ObjectName.of(name), table, guarded || c.EXISTS() != null,
                    positions.statementSpan()));
        }
        return new Built(ObjectKind.INDEX, String.join(", ", names), Disposition.PARSED, changes, List.of());
    }
}
