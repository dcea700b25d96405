package org.schemashift.source.mysql;

import org.schemashift.source.antlr.SourcePositions;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.model.TableChange;
import org.schemashift.model.View;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * Turns one parsed statement into its {@link SourceStatement}: kind, name as written, disposition
 * and schema changes. Table statements are built by {@link MySqlCreateTableBuilder} and
 * {@link MySqlAlterTableBuilder}; session statements (SET, LOCK/UNLOCK TABLES, transaction
 * control) are IGNORED with kind OTHER.
 */
final class MySqlDdlBuilder {

    private final SourcePositions positions;
    private final String text;
    private final MySqlKeyBuilder keys;
    private final MySqlCreateTableBuilder tables;
    private final MySqlAlterTableBuilder alters;
    private final MySqlExpressionBuilder expressions;
    private final MySqlEventProcedures events;

    MySqlDdlBuilder(SourcePositions positions, String text, MySqlEventProcedures events) {
        this.positions = positions;
        this.text = text;
        this.events = events;
        this.expressions = new MySqlExpressionBuilder(positions);
        this.keys = new MySqlKeyBuilder(positions, expressions);
        MySqlColumnBuilder columns = new MySqlColumnBuilder(positions, expressions, keys);
        this.tables = new MySqlCreateTableBuilder(positions, keys, columns, new MySqlPartitioningBuilder(positions, expressions));
        this.alters = new MySqlAlterTableBuilder(positions, expressions, keys, columns);
    }

    SourceStatement build(StatementContext ctx) {
        SourceSpan span = positions.statementSpan();
        if (ctx instanceof CreateTableContext c) {
            Table table = tables.build(c);
            return parsed(ObjectKind.TABLE, table.name().toString(), List.of(new SchemaChange.CreateTable(table)));
        }
        if (ctx instanceof CreateTableLikeContext c) {
            ObjectName name = MySqlNames.tableName(c.tableName(0));
            return parsed(ObjectKind.TABLE, name.toString(),
                    List.of(new SchemaChange.CreateTableLike(name, MySqlNames.tableName(c.likeTable), span)));
        }
        if (ctx instanceof CreateIndexContext c) {
            return parsed(ObjectKind.INDEX, MySqlNames.identifier(c.identifier()), List.of(new SchemaChange.CreateIndex(index(c))));
        }
        if (ctx instanceof CreateDatabaseContext c) {
            String name = MySqlNames.identifier(c.identifier());
            return parsed(ObjectKind.SCHEMA, name, List.of(new SchemaChange.CreateSchema(name, span)));
        }
        if (ctx instanceof AlterTableContext c) {
            MySqlAlterTableBuilder.Built built = alters.build(c);
            return new SourceStatement(span, text, ObjectKind.TABLE, built.alter().table().toString(), Disposition.PARSED,
                    List.of(built.alter()), built.items());
        }
        if (ctx instanceof DropTableContext c) {
            return drop(ObjectKind.TABLE, c.tableName(), c.ifExists() != null);
        }
        if (ctx instanceof DropIndexContext c) {
            String name = MySqlNames.identifier(c.identifier());
            ObjectName table = MySqlNames.tableName(c.tableName());
            return parsed(ObjectKind.INDEX, name,
                    List.of(new SchemaChange.DropObject(ObjectKind.INDEX, ObjectName.of(name), table, false, span)));
        }
        if (ctx instanceof DropDatabaseContext c) {
            String name = MySqlNames.identifier(c.identifier());
            return parsed(ObjectKind.SCHEMA, name,
                    List.of(new SchemaChange.DropObject(ObjectKind.SCHEMA, ObjectName.of(name), null, c.ifExists() != null, span)));
        }
        if (ctx instanceof DropOtherObjectContext c) {
            ObjectKind kind = switch (c.objectKind.getType()) {
                case MySqlParser.VIEW -> ObjectKind.VIEW;
                case MySqlParser.PROCEDURE -> ObjectKind.PROCEDURE;
                case MySqlParser.FUNCTION -> ObjectKind.FUNCTION;
                case MySqlParser.TRIGGER -> ObjectKind.TRIGGER;
                default -> ObjectKind.EVENT;
            };
            return drop(kind, c.tableName(), c.ifExists() != null);
        }
        if (ctx instanceof RenameTablesContext c) {
            List<SchemaChange> changes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RenamePairContext pair : c.renamePair()) {
                ObjectName from = MySqlNames.tableName(pair.from);
                names.add(from.toString());
                changes.add(new SchemaChange.AlterTable(from,
                        List.of(new TableChange.RenameTable(MySqlNames.tableName(pair.to))), span));
            }
            return parsed(ObjectKind.TABLE, String.join(", ", names), changes);
        }
        if (ctx instanceof CreateViewContext c) return view(c);
        if (ctx instanceof CreateRoutineContext c) return new MySqlStoredPrograms(positions, text, expressions).routine(c);
        if (ctx instanceof CreateTriggerContext c) return new MySqlStoredPrograms(positions, text, expressions).trigger(c);
        if (ctx instanceof CreateEventContext c) return new MySqlStoredPrograms(positions, text, expressions).event(c, events);
        if (ctx instanceof UseDatabaseContext c) {
            String name = MySqlNames.identifier(c.identifier());
            return parsed(ObjectKind.SCHEMA, name, List.of(new SchemaChange.UseSchema(name, span)));
        }
        // SET, LOCK / UNLOCK TABLES, START TRANSACTION, COMMIT, ...: session framing.
        return SourceStatement.ignored(span, text, ObjectKind.OTHER, null);
    }

    /**
     * CREATE [OR REPLACE] VIEW, and ALTER VIEW (which replaces the view): the view, with an item for
     * each option PostgreSQL has no place for (DEFINER, ALGORITHM, SQL SECURITY INVOKER; SQL
     * SECURITY DEFINER is what a PostgreSQL view does anyway). WITH LOCAL CHECK OPTION is checked
     * as CASCADED, which is also what PostgreSQL's default means for a view over tables.
     */
    private SourceStatement view(CreateViewContext c) {
        ObjectName name = MySqlNames.tableName(c.tableName());
        List<String> columns = c.identifierList() == null ? List.of() : MySqlNames.identifiers(c.identifierList());
        View view = new View(name, columns, expressions.expr(c.query()), false, false, c.OPTION() != null, text,
                positions.statementSpan());
        List<ActionItem> items = new ArrayList<>();
        for (ViewOptionContext option : c.viewOption()) {
            SourceSpan at = positions.span(option);
            if (option instanceof ViewDefinerContext d) {
                items.add(MySqlCode.VIEW_DEFINER.at(at, "view " + name + ": DEFINER=" + d.definer().getText() + " is not kept"));
            } else if (option instanceof ViewAlgorithmContext a) {
                items.add(MySqlCode.VIEW_ALGORITHM.at(at, "view " + name + ": ALGORITHM=" + a.identifier().getText() + " is dropped"));
            } else if (((ViewSqlSecurityContext) option).INVOKER() != null) {
                items.add(MySqlCode.VIEW_SQL_SECURITY_INVOKER.at(at, "view " + name + ": SQL SECURITY INVOKER is not kept"));
            }
        }
        List<SchemaChange> changes = new ArrayList<>();
        if (c.ALTER() != null || c.REPLACE() != null) {
            changes.add(new SchemaChange.DropObject(ObjectKind.VIEW, name, null, true, positions.statementSpan()));
        }
        changes.add(new SchemaChange.CreateView(view));
        return new SourceStatement(positions.statementSpan(), text, ObjectKind.VIEW, name.toString(), Disposition.PARSED,
                changes, items);
    }

    private Index index(CreateIndexContext c) {
        ObjectName table = MySqlNames.tableName(c.tableName());
        String name = MySqlNames.identifier(c.identifier());
        boolean unique = false;
        IndexMethod method = keys.method(c.indexType(), c.indexOption());
        if (c.indexKind != null) {
            switch (c.indexKind.getType()) {
                case MySqlParser.UNIQUE -> unique = true;
                case MySqlParser.FULLTEXT -> method = IndexMethod.FULLTEXT;
                default -> method = IndexMethod.SPATIAL;
            }
        }
        return keys.index(name, table, unique, c.keyPart(), method, c.indexOption(), positions.statementSpan());
    }

    private SourceStatement drop(ObjectKind kind, List<TableNameContext> names, boolean ifExists) {
        List<SchemaChange> changes = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (TableNameContext n : names) {
            ObjectName name = MySqlNames.tableName(n);
            written.add(name.toString());
            changes.add(new SchemaChange.DropObject(kind, name, null, ifExists, positions.statementSpan()));
        }
        return parsed(kind, String.join(", ", written), changes);
    }

    private SourceStatement parsed(ObjectKind kind, String name, List<SchemaChange> changes) {
        return new SourceStatement(positions.statementSpan(), text, kind, name, Disposition.PARSED, changes, List.of());
    }

}
