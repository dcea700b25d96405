package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.schemashift.model.ActionItem;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneratedColumn;
import org.schemashift.model.Identity;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.ReferentialAction;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.TableChange;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * Tables and their parts: columns (IDENTITY(seed, increment) → identity BY DEFAULT, so data can be
 * loaded with its keys; {@code AS expr [PERSISTED]} → a generated column, stored when persisted;
 * DEFAULT, NULL / NOT NULL), keys, foreign keys, checks, inline indexes, and the same parts added by
 * ALTER TABLE ... ADD (including {@code DEFAULT x FOR col}). Storage (CLUSTERED, filegroups, WITH
 * options) is noted and ignored; COLLATE is noted when it compares case-insensitively; sparse,
 * FILESTREAM, temporal and memory-optimized tables are reported.
 */
final class SqlServerTableBuilder {
    private final SourcePositions positions;
    private final SqlServerScript script;
    private final SqlServerExpressionBuilder expressions;
    private final List<ActionItem> notes;

    SqlServerTableBuilder(SourcePositions positions, SqlServerExpressionBuilder expressions, List<ActionItem> notes,
                          SqlServerScript script) {
        this.positions = positions;
        this.script = script;
        this.expressions = expressions;
        this.notes = notes;
    }

    /** The parts of a table as they are collected from its elements, in order. */
    private static final class Parts {
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final Map<String, Expr> defaults = new LinkedHashMap<>();
    }

    Table table(CreateTableContext ctx) {
        ObjectName name = expressions.objectName(ctx.tableName());
        Table table = table(name, ctx.tableElement(), positions.statementSpan());
        storage(ctx.tableOption(), "table " + name);
        String options = positions.text(ctx).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (options.contains("SYSTEM_VERSIONING=ON")) {
            notes.add(SqlServerCode.TEMPORAL_TABLE.at(positions.statementSpan(), "table " + name + " is system-versioned"));
        }
        if (options.contains("MEMORY_OPTIMIZED=ON")) {
            notes.add(SqlServerCode.MEMORY_OPTIMIZED.at(positions.statementSpan(), "table " + name));
        }
        return table;
    }

    /** The table {@code name} of these elements (columns and constraints): a CREATE TABLE's, or a table variable's. */
    Table table(ObjectName name, List<TableElementContext> elements, SourceSpan span) {
        Parts parts = new Parts();
        for (TableElementContext element : elements) element(element, name, parts);
        boolean temporary = name.name().startsWith("#");
        return new Table(name, parts.columns, parts.primaryKey, parts.uniques, parts.foreignKeys, parts.checks, parts.indexes,
                null, Map.of(), null, temporary, span);
    }

    /** The columns of a table type, for the item that reports it. */
    List<Column> columns(List<TableElementContext> elements, ObjectName owner) {
        Parts parts = new Parts();
        for (TableElementContext element : elements) element(element, owner, parts);
        return parts.columns;
    }

    private void element(TableElementContext element, ObjectName table, Parts parts) {
        if (element instanceof ColumnElementContext c) {
            parts.columns.add(column(c.columnDefinition(), table, parts));
        } else if (element instanceof ComputedColumnElementContext c) {
            parts.columns.add(computed(c.identifier(), c.expression(), c.PERSISTED() != null, c.NOT() != null,
                    c.columnConstraint(), table, parts));
        } else if (element instanceof ConstraintElementContext c) {
            constraint(c.tableConstraint(), table, parts);
        } else if (element instanceof InlineIndexElementContext i) {
            storage(i.tableOption(), "index " + SqlServerNames.identifier(i.identifier()));
            parts.indexes.add(index(SqlServerNames.identifier(i.identifier()), table, i.UNIQUE() != null, i.indexColumn(),
                    i.identifierList(), i.whereClause(), positions.span(i)));
        } else if (element instanceof PeriodElementContext p) {
            notes.add(SqlServerCode.TEMPORAL_TABLE.at(positions.span(p), "table " + table + ": " + positions.text(p)
                    + "; the period columns are ordinary columns"));
        }
    }

    private Column column(ColumnDefinitionContext ctx, ObjectName table, Parts parts) {
        String name = SqlServerNames.identifier(ctx.identifier());
        SourceSpan span = positions.span(ctx);
        DataType type = SqlServerTypes.type(ctx.dataType(), positions);
        boolean nullable = !script.isNotNullAliasType(type);  // an explicit NULL or NOT NULL below decides
        Expr defaultValue = null;
        Identity identity = null;
        String where = table + "." + name;
        for (ColumnOptionContext option : ctx.columnOption()) {
            if (option instanceof ColumnCollateContext c) {
                // kept on the type: how its values compare (PIVOT matches its values by it)
                type = type.withCollation(SqlServerNames.identifier(c.identifier()));
                collation(type.collation(), positions.span(option), where);
            } else if (option instanceof NullabilityContext n) {
                nullable = n.NOT() == null;
            } else if (option instanceof ColumnDefaultContext d) {
                defaultValue = expressions.expr(d.valueExpression());
            } else if (option instanceof ColumnIdentityContext i) {
                identity = i.seed == null ? Identity.byDefault(null)
                        : new Identity(false, number(i.seed), number(i.increment), null, null, null, null);
                nullable = false;
            } else if (option instanceof ConstraintOptionContext c) {
                columnConstraint(c.columnConstraint(), name, table, parts);
            } else {
                columnNote(option, where);
            }
        }
        return new Column(name, type, nullable, defaultValue, identity, null, null, null, false, span);
    }

    private void columnNote(ColumnOptionContext option, String where) {
        SourceSpan span = positions.span(option);
        if (option instanceof NotForReplicationContext) {
            notes.add(SqlServerCode.NOT_FOR_REPLICATION.at(span, where));
        } else if (option instanceof RowGuidColumnContext) {
            notes.add(SqlServerCode.ROWGUIDCOL.at(span, where));
        } else if (option instanceof SparseColumnContext) {
            notes.add(SqlServerCode.SPARSE_COLUMN.at(span, where));
        } else if (option instanceof FilestreamColumnContext) {
            notes.add(SqlServerCode.FILESTREAM.at(span, where));
        } else if (option instanceof PeriodColumnContext) {
            notes.add(SqlServerCode.TEMPORAL_TABLE.at(span, where + ": " + positions.text(option)));
        } else {
            notes.add(SqlServerCode.STORAGE_OPTION_IGNORED.at(span, where + ": " + positions.text(option)));
        }
    }

    /** A _CI_ collation compares case-insensitively, which the targets' defaults do not (PostgreSQL) or do by another name. */
    void collation(String collation, SourceSpan span, String where) {
        if (collation.toUpperCase(Locale.ROOT).contains("_CI")) {
            notes.add(SqlServerCode.CASE_INSENSITIVE_COLLATION.at(span, where + ": COLLATE " + collation));
        }
    }

    private Column computed(IdentifierContext id, ExpressionContext expression, boolean persisted, boolean notNull,
                            List<ColumnConstraintContext> constraints, ObjectName table, Parts parts) {
        String name = SqlServerNames.identifier(id);
        for (ColumnConstraintContext c : constraints) columnConstraint(c, name, table, parts);
        DataType type = DataType.named("unspecified");
        return new Column(name, type, !notNull, null, null, new GeneratedColumn(expressions.expr(expression), persisted),
                null, null, false, positions.span(id));
    }

    private void columnConstraint(ColumnConstraintContext ctx, String column, ObjectName table, Parts parts) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof ColumnPrimaryKeyContext pk) {
            storage(pk.tableOption(), "primary key of " + table);
            parts.primaryKey = new PrimaryKey(name(pk.identifier()), List.of(column), span);
        } else if (ctx instanceof ColumnUniqueContext u) {
            storage(u.tableOption(), "unique key of " + table);
            parts.uniques.add(new UniqueConstraint(name(u.identifier()), List.of(column), span));
        } else if (ctx instanceof ColumnReferencesContext r) {
            parts.foreignKeys.add(foreignKey(name(r.identifier()), List.of(column), r.tableName(), r.identifierList(),
                    r.referentialClause(), span));
        } else if (ctx instanceof ColumnCheckContext c) {
            parts.checks.add(check(name(c.identifier()), c.expression(), c.NOT() != null, span));
        }
    }

    private void constraint(TableConstraintContext ctx, ObjectName table, Parts parts) {
        Object built = constraint(ctx, table);
        if (built instanceof PrimaryKey pk) parts.primaryKey = pk;
        else if (built instanceof UniqueConstraint u) parts.uniques.add(u);
        else if (built instanceof ForeignKey f) parts.foreignKeys.add(f);
        else if (built instanceof CheckConstraint c) parts.checks.add(c);
        else if (built instanceof Index i) parts.indexes.add(i);
        else if (built instanceof TableChange.SetColumnDefault d) {
            for (int i = 0; i < parts.columns.size(); i++) {
                if (parts.columns.get(i).name().equalsIgnoreCase(d.column())) {
                    parts.columns.set(i, parts.columns.get(i).withDefault(d.defaultValue()));
                }
            }
        }
    }

    /** A PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint, or a SetColumnDefault for DEFAULT ... FOR col. */
    Object constraint(TableConstraintContext ctx, ObjectName table) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof PrimaryKeyConstraintContext pk) {
            storage(pk.tableOption(), "primary key of " + table);
            return new PrimaryKey(name(pk.identifier()), columns(pk.indexColumn()), span);
        }
        if (ctx instanceof UniqueConstraintContext u) {
            storage(u.tableOption(), "unique key of " + table);
            if (u.indexColumn().stream().anyMatch(c -> c.order != null && c.order.getType() == SqlServerParser.DESC)) {
                return index(name(u.identifier()), table, true, u.indexColumn(), null, null, span);
            }
            return new UniqueConstraint(name(u.identifier()), columns(u.indexColumn()), span);
        }
        if (ctx instanceof ForeignKeyConstraintContext f) {
            return foreignKey(name(f.identifier()), SqlServerNames.identifiers(f.identifierList(0)), f.tableName(),
                    f.identifierList().size() > 1 ? f.identifierList(1) : null, f.referentialClause(), span);
        }
        if (ctx instanceof CheckConstraintContext c) {
            return check(name(c.identifier()), c.expression(), c.NOT() != null, span);
        }
        DefaultConstraintContext d = (DefaultConstraintContext) ctx;
        return new TableChange.SetColumnDefault(SqlServerNames.identifier(d.identifier(d.identifier().size() - 1)),
                expressions.expr(d.valueExpression()));
    }

    private ForeignKey foreignKey(String name, List<String> columns, TableNameContext refTable, IdentifierListContext refColumns,
                                  List<ReferentialClauseContext> clauses, SourceSpan span) {
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        for (ReferentialClauseContext clause : clauses) {
            if (clause instanceof OnDeleteClauseContext d) onDelete = action(d.referentialAction());
            else if (clause instanceof OnUpdateClauseContext u) onUpdate = action(u.referentialAction());
            else notes.add(SqlServerCode.NOT_FOR_REPLICATION.at(positions.span(clause), "foreign key " + (name == null ? "" : name)));
        }
        return new ForeignKey(name, columns, expressions.objectName(refTable),
                refColumns == null ? List.of() : SqlServerNames.identifiers(refColumns), onDelete, onUpdate, false, false, span);
    }

    private static ReferentialAction action(ReferentialActionContext ctx) {
        if (ctx instanceof CascadeActionContext) return ReferentialAction.CASCADE;
        if (ctx instanceof SetNullActionContext) return ReferentialAction.SET_NULL;
        if (ctx instanceof SetDefaultActionContext) return ReferentialAction.SET_DEFAULT;
        return ReferentialAction.NO_ACTION;
    }

    private CheckConstraint check(String name, ExpressionContext expression, boolean notForReplication, SourceSpan span) {
        if (notForReplication) notes.add(SqlServerCode.NOT_FOR_REPLICATION.at(span, "check " + (name == null ? "" : name)));
        return new CheckConstraint(name, expressions.expr(expression), true, span);
    }

    /** An index of columns (DESC kept), INCLUDE columns as trailing key parts of a unique-less index, a WHERE as a partial index. */
    Index index(String name, ObjectName table, boolean unique, List<IndexColumnContext> columns, IdentifierListContext include,
                WhereClauseContext where, SourceSpan span) {
        List<IndexPart> parts = new ArrayList<>();
        for (IndexColumnContext column : columns) {
            boolean desc = column.order != null && column.order.getType() == SqlServerParser.DESC;
            parts.add(new IndexPart(SqlServerNames.identifier(column.identifier()), null, null, desc));
        }
        if (include != null) {
            notes.add(SqlServerCode.STORAGE_OPTION_IGNORED.at(span, "index " + name + " on " + table + ": INCLUDE ("
                    + positions.text(include) + ") is not part of the key and is left out"));
        }
        Expr filter = where == null ? null : expressions.expr(where.expression());
        return new Index(name, table, unique, parts, IndexMethod.DEFAULT, filter, null, span);
    }

    private static List<String> columns(List<IndexColumnContext> columns) {
        List<String> names = new ArrayList<>();
        for (IndexColumnContext column : columns) names.add(SqlServerNames.identifier(column.identifier()));
        return names;
    }

    /** Filegroups, partition schemes and WITH (...) options: noted, ignored. */
    void storage(List<TableOptionContext> options, String what) {
        for (TableOptionContext option : options) {
            notes.add(SqlServerCode.STORAGE_OPTION_IGNORED.at(positions.span(option), what + ": " + positions.text(option)));
        }
    }

    // ------------------------------------------------------------------ ALTER TABLE

    /** The table changes of one ALTER TABLE. */
    List<TableChange> alter(AlterTableActionContext ctx, ObjectName table) {
        List<TableChange> changes = new ArrayList<>();
        if (ctx instanceof AddToTableContext add) {
            boolean unchecked = add.check != null && add.check.getType() == SqlServerParser.NOCHECK;
            for (AdditionContext addition : add.addition()) {
                addition(addition, table).forEach(change -> changes.add(unchecked ? notValidated(change) : change));
            }
        } else if (ctx instanceof AlterColumnContext a) {
            String column = SqlServerNames.identifier(a.identifier(0));
            DataType type = SqlServerTypes.type(a.dataType(), positions);
            if (a.identifier().size() > 1) {
                type = type.withCollation(SqlServerNames.identifier(a.identifier(1)));
                collation(type.collation(), positions.span(a), table + "." + column);
            }
            changes.add(new TableChange.SetColumnType(column, type));
            if (a.NULL() != null) changes.add(new TableChange.SetColumnNullable(column, a.NOT() == null));
        } else if (ctx instanceof DropFromTableContext d) {
            for (DropTargetContext target : d.dropTarget()) {
                if (target instanceof DropConstraintContext c) {
                    changes.add(new TableChange.DropConstraint(SqlServerNames.identifier(c.identifier())));
                } else {
                    for (IdentifierContext column : ((DropColumnContext) target).identifier()) {
                        changes.add(new TableChange.DropColumn(SqlServerNames.identifier(column)));
                    }
                }
            }
        } else if (ctx instanceof CheckConstraintsContext c && c.enable.getType() == SqlServerParser.NOCHECK) {
            notes.add(SqlServerCode.UNCHECKED_CONSTRAINT.at(positions.span(c), "ALTER TABLE " + table + " " + positions.text(c)
                    + ": the constraint is enforced on the target"));
        }
        return changes;
    }

    private List<TableChange> addition(AdditionContext ctx, ObjectName table) {
        if (ctx instanceof AddConstraintContext c) return List.of(constraintChange(constraint(c.tableConstraint(), table)));
        Parts parts = new Parts();
        Column column = ctx instanceof AddColumnContext c ? column(c.columnDefinition(), table, parts)
                : computed(((AddComputedColumnContext) ctx).identifier(), ((AddComputedColumnContext) ctx).expression(),
                ((AddComputedColumnContext) ctx).PERSISTED() != null, ((AddComputedColumnContext) ctx).NOT() != null,
                ((AddComputedColumnContext) ctx).columnConstraint(), table, parts);
        List<TableChange> changes = new ArrayList<>();
        changes.add(new TableChange.AddColumn(column, null));
        if (parts.primaryKey != null) changes.add(new TableChange.AddPrimaryKey(parts.primaryKey));
        parts.uniques.forEach(u -> changes.add(new TableChange.AddUnique(u)));
        parts.foreignKeys.forEach(f -> changes.add(new TableChange.AddForeignKey(f)));
        parts.checks.forEach(c -> changes.add(new TableChange.AddCheck(c)));
        return changes;
    }

    /** WITH NOCHECK ADD: the check or foreign key is enforced on new rows, the existing ones were never checked. */
    private static TableChange notValidated(TableChange change) {
        if (change instanceof TableChange.AddCheck c) return new TableChange.AddCheck(c.check().notValidated());
        if (change instanceof TableChange.AddForeignKey f) return new TableChange.AddForeignKey(f.foreignKey().notValidated());
        return change;
    }

    private static TableChange constraintChange(Object built) {
        if (built instanceof PrimaryKey pk) return new TableChange.AddPrimaryKey(pk);
        if (built instanceof UniqueConstraint u) return new TableChange.AddUnique(u);
        if (built instanceof ForeignKey f) return new TableChange.AddForeignKey(f);
        if (built instanceof CheckConstraint c) return new TableChange.AddCheck(c);
        if (built instanceof Index i) return new TableChange.AddIndex(i);
        return (TableChange.SetColumnDefault) built;
    }

    private String name(IdentifierContext ctx) {
        return ctx == null ? null : SqlServerNames.identifier(ctx);
    }

    private static Long number(SignedNumberContext ctx) {
        return Long.valueOf(ctx.getText());
    }

    SourceSpan span(ParserRuleContext ctx) {
        return positions.span(ctx);
    }
}
