package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.Trees;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Column;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.UserType;
import org.schemashift.model.View;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;
import org.schemashift.source.oracle.grammar.OracleParser;

/**
 * Turns one parsed statement into its {@link SourceStatement}: kind, name as Oracle stores it,
 * PARSED, the schema changes, and the items its builders raised. Storage attributes anywhere in
 * the statement raise one INFO item.
 */
final class OracleDdlBuilder {
    private final SourcePositions positions;
    private final String text;
    private final List<ActionItem> notes = new ArrayList<>();
    private final OracleTableBuilder tables;
    private final OracleAlterTableBuilder alters;
    private final OracleSchemaObjectBuilder objects;
    private final OracleExpressionBuilder expressions;

    OracleDdlBuilder(SourcePositions positions, String text) {
        this.positions = positions;
        this.text = text;
        this.expressions = new OracleExpressionBuilder(positions, notes);
        OracleConstraintBuilder constraints = new OracleConstraintBuilder(positions, expressions, notes);
        OracleColumnBuilder columns = new OracleColumnBuilder(positions, expressions, constraints, notes);
        this.tables = new OracleTableBuilder(positions, columns, constraints,
                new OraclePartitioningBuilder(positions, expressions), notes);
        this.alters = new OracleAlterTableBuilder(positions, columns, constraints, notes);
        this.objects = new OracleSchemaObjectBuilder(positions, expressions, notes, text);
    }

    /** The changes and items of {@code ctx}, for the dialect to wrap or merge (anonymous blocks). */
    record Built(ObjectKind kind, String name, List<SchemaChange> changes, List<ActionItem> items) {
    }

    SourceStatement build(StatementContext ctx) {
        Built built = changes(ctx);
        boolean notConverted = built.changes().isEmpty()
                && built.items().stream().anyMatch(i -> i.code() == GeneralCode.UNSUPPORTED_STATEMENT);
        return new SourceStatement(positions.statementSpan(), text, built.kind(), built.name(),
                notConverted ? Disposition.UNSUPPORTED : Disposition.PARSED, built.changes(), built.items());
    }

    Built changes(StatementContext statement) {
        StatementBodyContext ctx = statement.statementBody();
        if (!Trees.findAllRuleNodes(ctx, OracleParser.RULE_physicalOption).isEmpty()) {
            notes.add(OracleCode.PHYSICAL_ATTRIBUTES.at(positions.statementSpan(), "storage attributes ignored"));
        }
        var span = positions.statementSpan();
        if (ctx instanceof CreateTableContext c) {
            Table table = tables.build(c);
            if (c.query() != null) return tableAsSelect(c, table);
            return built(ObjectKind.TABLE, table.name(), List.of(new SchemaChange.CreateTable(table)));
        }
        if (ctx instanceof CreateIndexContext c) {
            Index index = objects.index(c);
            return built(ObjectKind.INDEX, ObjectName.of(index.name()), List.of(new SchemaChange.CreateIndex(index)));
        }
        if (ctx instanceof CreateSequenceContext c) {
            Sequence sequence = objects.sequence(c);
            return built(ObjectKind.SEQUENCE, sequence.name(), List.of(new SchemaChange.CreateSequence(sequence)));
        }
        if (ctx instanceof CreateSynonymContext c) {
            Synonym synonym = objects.synonym(c);
            return built(ObjectKind.SYNONYM, synonym.name(), List.of(new SchemaChange.CreateSynonym(synonym)));
        }
        if (ctx instanceof CreateViewContext c) {
            View view = objects.view(c);
            return built(ObjectKind.VIEW, view.name(), List.of(new SchemaChange.CreateView(view)));
        }
        if (ctx instanceof CreateMaterializedViewContext c) {
            View view = objects.materializedView(c);
            return built(ObjectKind.VIEW, view.name(), List.of(new SchemaChange.CreateView(view)));
        }
        if (ctx instanceof CreateTypeContext c) {
            UserType type = objects.type(c);
            return built(ObjectKind.TYPE, type.name(), List.of(new SchemaChange.CreateType(type)));
        }
        if (ctx instanceof CommentOnTableContext c) {
            ObjectName table = OracleNames.objectName(c.tableName());
            return built(ObjectKind.COMMENT, table, List.of(new SchemaChange.SetComment(table, null,
                    OracleNames.string(c.stringLiteral()), span)));
        }
        if (ctx instanceof CommentOnMaterializedViewContext c) {
            ObjectName table = OracleNames.objectName(c.tableName());
            return built(ObjectKind.COMMENT, table, List.of(new SchemaChange.SetComment(table, null,
                    OracleNames.string(c.stringLiteral()), span)));
        }
        if (ctx instanceof CommentOnColumnContext c) {
            List<IdentifierContext> parts = c.columnPath().identifier();
            int n = parts.size();
            ObjectName table = n == 2 ? ObjectName.of(OracleNames.identifier(parts.get(0)))
                    : new ObjectName(OracleNames.identifier(parts.get(0)), OracleNames.identifier(parts.get(1)));
            String column = OracleNames.identifier(parts.get(n - 1));
            return built(ObjectKind.COMMENT, table, List.of(new SchemaChange.SetComment(table, column,
                    OracleNames.string(c.stringLiteral()), span)));
        }
        if (ctx instanceof AlterTableContext c) {
            SchemaChange.AlterTable alter = alters.build(c);
            return built(ObjectKind.TABLE, alter.table(), List.of(alter));
        }
        if (ctx instanceof AlterTriggerContext c) {
            return alterTrigger(c);
        }
        if (ctx instanceof DropObjectContext c) {
            ObjectKind kind = switch (c.objectType.getType()) {
                case OracleParser.TABLE -> ObjectKind.TABLE;
                case OracleParser.VIEW -> ObjectKind.VIEW;
                case OracleParser.SEQUENCE -> ObjectKind.SEQUENCE;
                case OracleParser.SYNONYM -> ObjectKind.SYNONYM;
                case OracleParser.INDEX -> ObjectKind.INDEX;
                default -> ObjectKind.TYPE;
            };
            return drop(kind, OracleNames.objectName(c.tableName()));
        }
        if (ctx instanceof DropPublicSynonymContext c) {
            return drop(ObjectKind.SYNONYM, OracleNames.objectName(c.tableName()));
        }
        if (ctx instanceof DropMaterializedViewContext c) {
            return drop(ObjectKind.VIEW, OracleNames.objectName(c.tableName()));
        }
        var grant = objects.grant((GrantStatementContext) ctx);
        return built(ObjectKind.GRANT, grant.object(), List.of(new SchemaChange.GrantPrivileges(grant)));
    }

    /**
     * CREATE TABLE t [(names)] AS SELECT: a table of the query's columns and rows, the query converted
     * as a view's. A column list names the columns (their types still come from the query, ORA-01773);
     * what it declares besides the names is reported, as is a temporary table's (its ON COMMIT rows).
     */
    private Built tableAsSelect(CreateTableContext c, Table table) {
        var span = positions.statementSpan();
        if (table.temporary() || table.options().containsKey(Table.GLOBAL_TEMPORARY_OPTION)) {
            notes.add(GeneralCode.UNSUPPORTED_STATEMENT.at(span, "CREATE GLOBAL TEMPORARY TABLE " + table.name()
                    + " AS SELECT: the column types come from the query; create the table by hand"));
            return built(ObjectKind.TABLE, table.name(), List.of());
        }
        notes.add(OracleCode.TABLE_AS_SELECT.at(span, "CREATE TABLE " + table.name() + " AS SELECT: the NOT NULL constraints "
                + "Oracle copies from the selected columns are not created on PostgreSQL"));
        List<String> declared = declaredBesidesNames(table);
        if (!declared.isEmpty()) {
            notes.add(OracleCode.TABLE_AS_SELECT_DECLARATIONS.at(span, "CREATE TABLE " + table.name() + " AS SELECT: "
                    + String.join(", ", declared) + " not created"));
        }
        List<String> columns = table.columns().stream().map(Column::name).toList();
        View created = View.tableAsSelect(table.name(), columns, expressions.expr(c.query()), text, span);
        return built(ObjectKind.TABLE, table.name(), List.of(new SchemaChange.CreateView(created)));
    }

    /** What a CREATE TABLE ... AS SELECT's column list and clauses declare besides the columns' names. */
    private static List<String> declaredBesidesNames(Table table) {
        List<String> declared = new ArrayList<>();
        if (table.primaryKey() != null) declared.add("the primary key");
        if (!table.uniques().isEmpty()) declared.add(table.uniques().size() + " unique constraint(s)");
        if (!table.foreignKeys().isEmpty()) declared.add(table.foreignKeys().size() + " foreign key(s)");
        if (!table.checks().isEmpty()) declared.add(table.checks().size() + " check(s)");
        for (Column column : table.columns()) {
            if (column.defaultValue() != null) declared.add("the default of " + column.name());
            if (!column.nullable() && (table.primaryKey() == null || !table.primaryKey().columns().contains(column.name()))) {
                declared.add("NOT NULL on " + column.name());
            }
        }
        if (table.partitioning() != null) declared.add("the partitioning");
        return declared;
    }

    /** ALTER TRIGGER: ENABLE and DISABLE switch the trigger; COMPILE has nothing to convert; other options are not converted. */
    private Built alterTrigger(AlterTriggerContext c) {
        ObjectName name = OracleNames.objectName(c.tableName());
        var span = positions.statementSpan();
        if (c.state != null) {
            return built(ObjectKind.TRIGGER, name, List.of(new SchemaChange.SwitchTrigger(name, c.state.getType() == OracleParser.ENABLE, span)));
        }
        String option = OracleNames.identifier(c.option).toUpperCase(Locale.ROOT);
        notes.add(option.equals("COMPILE") ? OracleCode.TRIGGER_COMPILE_IGNORED.at(span, "ALTER TRIGGER " + name + " COMPILE")
                : GeneralCode.UNSUPPORTED_STATEMENT.at(span, "ALTER TRIGGER " + name + " " + option + " not converted"));
        return built(ObjectKind.TRIGGER, name, List.of());
    }

    private Built drop(ObjectKind kind, ObjectName name) {
        return built(kind, name, List.of(new SchemaChange.DropObject(kind, name, null, false, positions.statementSpan())));
    }

    private Built built(ObjectKind kind, ObjectName name, List<SchemaChange> changes) {
        return new Built(kind, name == null ? null : name.toString(), changes, List.copyOf(notes));
    }
}
