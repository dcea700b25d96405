package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.ActionItem;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.SchemaChange.AlterTable;
import org.schemashift.model.TableChange;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlLexer;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * ALTER TABLE → {@link AlterTable} with one {@link TableChange} per clause, in order. Constraints
 * written inline on an added or modified column follow it as their own Add* changes. MODIFY and
 * CHANGE keep no FIRST/AFTER position (ReplaceColumn has none). ALGORITHM, LOCK, FORCE and
 * ENABLE/DISABLE KEYS change nothing in the schema and yield no change.
 */
final class MySqlAlterTableBuilder {

    private final SourcePositions positions;
    private final MySqlExpressionBuilder expressions;
    private final MySqlKeyBuilder keys;
    private final MySqlColumnBuilder columns;

    MySqlAlterTableBuilder(SourcePositions positions, MySqlExpressionBuilder expressions, MySqlKeyBuilder keys,
                           MySqlColumnBuilder columns) {
        this.positions = positions;
        this.expressions = expressions;
        this.keys = keys;
        this.columns = columns;
    }

    /** The ALTER TABLE change and the action items for clauses it does not carry. */
    record Built(AlterTable alter, List<ActionItem> items) {}

    Built build(AlterTableContext ctx) {
        ObjectName table = MySqlNames.tableName(ctx.tableName());
        List<TableChange> changes = new ArrayList<>();
        List<ActionItem> items = new ArrayList<>();
        for (AlterSpecificationContext spec : ctx.alterSpecification()) {
            add(spec, table, changes, items);
        }
        if (ctx.partitionClause() != null) {
            changes.add(new TableChange.SetPartitioning(new MySqlPartitioningBuilder(positions, expressions).build(ctx.partitionClause())));
        }
        return new Built(new AlterTable(table, changes, positions.statementSpan()), items);
    }

    private void add(AlterSpecificationContext spec, ObjectName table, List<TableChange> changes, List<ActionItem> items) {
        if (spec instanceof AddColumnContext s) {
            MySqlColumnBuilder.BuiltColumn built = columns.build(s.columnDefinition(), null);
            changes.add(new TableChange.AddColumn(built.column(), position(s.columnPosition())));
            inlineConstraints(built, changes);
        } else if (spec instanceof AddColumnsContext s) {
            for (ColumnDefinitionContext definition : s.columnDefinition()) {
                MySqlColumnBuilder.BuiltColumn built = columns.build(definition, null);
                changes.add(new TableChange.AddColumn(built.column(), null));
                inlineConstraints(built, changes);
            }
        } else if (spec instanceof AddKeyContext s) {
            changes.add(addKey(keys.build(s.keyDefinition(), table)));
        } else if (spec instanceof DropColumnContext s) {
            changes.add(new TableChange.DropColumn(MySqlNames.identifier(s.identifier())));
        } else if (spec instanceof DropPrimaryKeyContext) {
            changes.add(new TableChange.DropPrimaryKey());
        } else if (spec instanceof DropForeignKeyContext s) {
            changes.add(new TableChange.DropConstraint(MySqlNames.identifier(s.identifier())));
        } else if (spec instanceof DropKeyContext s) {
            changes.add(new TableChange.DropConstraint(MySqlNames.identifier(s.identifier())));
        } else if (spec instanceof DropConstraintContext s) {
            changes.add(new TableChange.DropConstraint(MySqlNames.identifier(s.identifier())));
        } else if (spec instanceof ModifyColumnContext s) {
            MySqlColumnBuilder.BuiltColumn built = columns.build(s.columnDefinition(), null);
            changes.add(new TableChange.ReplaceColumn(built.column().name(), built.column()));
            inlineConstraints(built, changes);
        } else if (spec instanceof ChangeColumnContext s) {
            MySqlColumnBuilder.BuiltColumn built = columns.build(s.columnDefinition(), null);
            changes.add(new TableChange.ReplaceColumn(MySqlNames.identifier(s.oldName), built.column()));
            inlineConstraints(built, changes);
        } else if (spec instanceof RenameColumnContext s) {
            changes.add(new TableChange.RenameColumn(MySqlNames.identifier(s.oldName), MySqlNames.identifier(s.newName)));
        } else if (spec instanceof RenameToContext s) {
            changes.add(new TableChange.RenameTable(MySqlNames.tableName(s.tableName())));
        } else if (spec instanceof SetColumnDefaultContext s) {
            changes.add(new TableChange.SetColumnDefault(MySqlNames.identifier(s.identifier()),
                    expressions.expr(s.defaultValue())));
        } else if (spec instanceof DropColumnDefaultContext s) {
            changes.add(new TableChange.SetColumnDefault(MySqlNames.identifier(s.identifier()), null));
        } else if (spec instanceof ConvertToCharsetContext s) {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("CHARSET", MySqlExpressionBuilder.charset(s.charsetName()));
            if (s.collationName() != null) {
                options.put("COLLATE", MySqlExpressionBuilder.collation(s.collationName()));
            }
            changes.add(new TableChange.SetOptions(options));
        } else if (spec instanceof AlterTableOptionsContext s) {
            Map<String, String> options = MySqlTableOptions.of(s.tableOption());
            changes.add(new TableChange.SetOptions(options));
            if (options.containsKey("COMMENT")) {
                changes.add(new TableChange.SetComment(options.get("COMMENT")));
            }
        } else if (spec instanceof RemovePartitioningContext) {
            changes.add(new TableChange.SetPartitioning(null));
        } else if (spec instanceof RenameIndexContext s) {
            changes.add(new TableChange.RenameIndex(MySqlNames.identifier(s.oldName), MySqlNames.identifier(s.newName)));
        } else if (spec instanceof SetColumnVisibilityContext s) {
            changes.add(new TableChange.SetColumnInvisible(MySqlNames.identifier(s.identifier()),
                    s.visibility.getType() == MySqlLexer.INVISIBLE));
        } else if (spec instanceof PartitionMaintenanceContext s) {
            items.add(GeneralCode.CLAUSE_NOT_CONVERTED.at(positions.span(s), "partition maintenance on " + table + ": "
                    + positions.text(s) + " (partitioning is not converted)"));
        }
        // ALGORITHM / LOCK / FORCE / ENABLE|DISABLE KEYS: execution details, no schema change.
    }

    private static TableChange addKey(Object key) {
        if (key instanceof PrimaryKey pk) return new TableChange.AddPrimaryKey(pk);
        if (key instanceof UniqueConstraint u) return new TableChange.AddUnique(u);
        if (key instanceof Index i) return new TableChange.AddIndex(i);
        if (key instanceof ForeignKey f) return new TableChange.AddForeignKey(f);
        return new TableChange.AddCheck((CheckConstraint) key);
    }

    private static void inlineConstraints(MySqlColumnBuilder.BuiltColumn built, List<TableChange> changes) {
        if (built.primaryKey() != null) changes.add(new TableChange.AddPrimaryKey(built.primaryKey()));
        built.uniques().forEach(u -> changes.add(new TableChange.AddUnique(u)));
        built.foreignKeys().forEach(f -> changes.add(new TableChange.AddForeignKey(f)));
        built.checks().forEach(c -> changes.add(new TableChange.AddCheck(c)));
    }

    /** AddColumn's convention: null at the end, "" for FIRST, else the column it follows. */
    private static String position(ColumnPositionContext ctx) {
        if (ctx == null) return null;
        if (ctx instanceof FirstPositionContext) return "";
        return MySqlNames.identifier(((AfterPositionContext) ctx).identifier());
    }
}
