package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.TableChange;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;
import org.schemashift.source.oracle.grammar.OracleParser;

/**
 * ALTER TABLE → {@link SchemaChange.AlterTable}. MODIFY changes only what it writes (type,
 * default, NULL / NOT NULL). DISABLE CONSTRAINT drops the constraint with an item (a disabled
 * constraint promises nothing); ENABLE and constraint states change nothing the model holds.
 */
final class OracleAlterTableBuilder {
    private final SourcePositions positions;
    private final OracleColumnBuilder columns;
    private final OracleConstraintBuilder constraints;
    private final List<ActionItem> notes;

    OracleAlterTableBuilder(SourcePositions positions, OracleColumnBuilder columns, OracleConstraintBuilder constraints,
                            List<ActionItem> notes) {
        this.positions = positions;
        this.columns = columns;
        this.constraints = constraints;
        this.notes = notes;
    }

    SchemaChange.AlterTable build(AlterTableContext ctx) {
        ObjectName table = OracleNames.objectName(ctx.tableName());
        List<TableChange> changes = new ArrayList<>();
        for (AlterTableActionContext action : ctx.alterTableAction()) {
            add(action, table, changes);
        }
        return new SchemaChange.AlterTable(table, changes, positions.statementSpan());
    }

    private void add(AlterTableActionContext action, ObjectName table, List<TableChange> changes) {
        if (action instanceof AddPropertiesContext a) {
            for (RelationalPropertyContext property : a.relationalProperty()) {
                if (property instanceof ColumnElementContext c) addColumn(c.columnDefinition(), changes);
                else if (property instanceof ConstraintElementContext c) addConstraint(constraints.build(c.outOfLineConstraint()), changes);
            }
        } else if (action instanceof AddColumnContext a) {
            addColumn(a.columnDefinition(), changes);
        } else if (action instanceof AddConstraintContext a) {
            addConstraint(constraints.build(a.outOfLineConstraint()), changes);
        } else if (action instanceof ModifyColumnsContext m) {
            m.columnDefinition().forEach(c -> modifyColumn(c, changes));
        } else if (action instanceof ModifyColumnContext m) {
            modifyColumn(m.columnDefinition(), changes);
        } else if (action instanceof ModifyConstraintContext m) {
            if (OracleConstraintBuilder.States.of(m.constraintState()).disabled()) disable(OracleNames.identifier(m.identifier()), action, changes);
        } else if (action instanceof ModifyPrimaryKeyContext m) {
            if (OracleConstraintBuilder.States.of(m.constraintState()).disabled()) disablePrimaryKey(action, changes);
        } else if (action instanceof DropColumnContext d) {
            changes.add(new TableChange.DropColumn(OracleNames.identifier(d.identifier())));
        } else if (action instanceof DropColumnsContext d) {
            OracleNames.identifiers(d.identifierList()).forEach(c -> changes.add(new TableChange.DropColumn(c)));
        } else if (action instanceof DropConstraintContext d) {
            changes.add(new TableChange.DropConstraint(OracleNames.identifier(d.identifier())));
        } else if (action instanceof DropPrimaryKeyContext) {
            changes.add(new TableChange.DropPrimaryKey());
        } else if (action instanceof RenameColumnContext r) {
            changes.add(new TableChange.RenameColumn(OracleNames.identifier(r.oldName), OracleNames.identifier(r.newName)));
        } else if (action instanceof RenameTableContext r) {
            ObjectName newName = OracleNames.objectName(r.tableName());
            changes.add(new TableChange.RenameTable(newName.schema() == null ? newName.withSchema(table.schema()) : newName));
        } else if (action instanceof SwitchConstraintContext s) {
            if (s.state.getType() == OracleParser.DISABLE) disable(OracleNames.identifier(s.identifier()), action, changes);
        } else if (action instanceof SwitchPrimaryKeyContext s) {
            if (s.state.getType() == OracleParser.DISABLE) disablePrimaryKey(action, changes);
        } else if (action instanceof DropUniqueContext || action instanceof RenameConstraintContext) {
            notes.add(GeneralCode.UNSUPPORTED_STATEMENT.at(positions.span(action), positions.text(action) + ": not converted"));
        }
        // ENABLE / DISABLE TABLE LOCK or ALL TRIGGERS and physical attributes: no schema effect here.
    }

    private void addColumn(ColumnDefinitionContext ctx, List<TableChange> changes) {
        OracleColumnBuilder.BuiltColumn built = columns.build(ctx);
        changes.add(new TableChange.AddColumn(built.column(), null));
        built.constraints().forEach(c -> addConstraint(c, changes));
    }

    private void modifyColumn(ColumnDefinitionContext ctx, List<TableChange> changes) {
        OracleColumnBuilder.BuiltColumn built = columns.build(ctx);
        String name = built.column().name();
        if (built.column().type() != null) changes.add(new TableChange.SetColumnType(name, built.column().type()));
        if (built.column().defaultValue() != null) changes.add(new TableChange.SetColumnDefault(name, built.column().defaultValue()));
        if (built.nullability() != null) changes.add(new TableChange.SetColumnNullable(name, built.nullability()));
        if (ctx.VISIBLE() != null || ctx.INVISIBLE() != null) changes.add(new TableChange.SetColumnInvisible(name, ctx.INVISIBLE() != null));
        built.constraints().forEach(c -> addConstraint(c, changes));
    }

    private static void addConstraint(Object constraint, List<TableChange> changes) {
        if (constraint instanceof PrimaryKey pk) changes.add(new TableChange.AddPrimaryKey(pk));
        else if (constraint instanceof UniqueConstraint u) changes.add(new TableChange.AddUnique(u));
        else if (constraint instanceof ForeignKey f) changes.add(new TableChange.AddForeignKey(f));
        else if (constraint instanceof CheckConstraint c) changes.add(new TableChange.AddCheck(c));
    }

    private void disable(String name, AlterTableActionContext action, List<TableChange> changes) {
        notes.add(OracleCode.DISABLED_CONSTRAINT.at(positions.span(action), "constraint " + name + " is disabled; it is dropped"));
        changes.add(new TableChange.DropConstraint(name));
    }

    private void disablePrimaryKey(AlterTableActionContext action, List<TableChange> changes) {
        notes.add(OracleCode.DISABLED_CONSTRAINT.at(positions.span(action), "primary key is disabled; it is dropped"));
        changes.add(new TableChange.DropPrimaryKey());
    }
}
