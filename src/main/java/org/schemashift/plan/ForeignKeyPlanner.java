package org.schemashift.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;

/**
 * Plans foreign keys, all after every table: names claimed in the target's constraint namespace,
 * the referenced columns named (a parent's primary key where the source left them implicit), and
 * a key the target would reject (a table outside the input, columns it cannot reference)
 * commented out with the reason.
 */
final class ForeignKeyPlanner {
    private final Planning planning;
    private final ReferenceableKeys keys;
    private final Map<String, Table> tables = new HashMap<>();

    ForeignKeyPlanner(Planning planning, List<Table> tables) {
        this.planning = planning;
        this.keys = new ReferenceableKeys(tables, planning.capabilities().constraints(), planning.naming()::sourceKey);
        tables.forEach(t -> this.tables.put(planning.naming().sourceKey(t.name()), t));
    }

    PlannedStep.AddForeignKey plan(Table table, ForeignKey fk) {
        TargetName target = planning.names().of(table.name());
        String name = planning.namespace().claim(planning.scopes().constraints(target),
                planning.constraintName(table.name(), fk.name(), target.name() + "_" + planning.columnNames(table.name(), fk.columns()) + "_fkey"), fk.span(),
                "foreign key", GeneralCode.NAME_MADE_UNIQUE);
        boolean commentedOut = true;
        if (!planning.names().known(fk.refTable())) {
            planning.items().add(GeneralCode.UNKNOWN_TABLE, fk.span(), "foreign key " + name + " on " + table.name() + " references "
                    + fk.refTable() + ", which is not created in the input" + namesAnother(fk.refTable()) + "; the constraint is commented out");
        } else if (!keys.referenceable(fk.refTable(), fk.refColumns())) {
            planning.items().add(GeneralCode.FOREIGN_KEY_NOT_UNIQUE, fk.span(), "foreign key " + name + " on " + table.name()
                    + " references " + fk.refTable() + " " + fk.refColumns() + ", which " + referenceableKeys()
                    + "; the constraint is commented out");
        } else {
            commentedOut = false;
        }
        boolean deferrable = planning.keepDeferrable(fk.deferrable(), fk.span(), "foreign key " + name + " on " + table.name());
        ForeignKey planned = deferrable == fk.deferrable() ? fk : new ForeignKey(fk.name(), fk.columns(), fk.refTable(),
                fk.refColumns(), fk.onDelete(), fk.onUpdate(), false, false, fk.span(), fk.validated());
        return new PlannedStep.AddForeignKey(table, target, planned, planning.names().of(fk.refTable()), parentColumns(fk), name,
                commentedOut);
    }

    /**
     * Where the commented-out REFERENCES, spelled on the target, names a relation the input does
     * create (Oracle {@code "dept"} written {@code dept}, which is {@code DEPT}'s name there): says
     * so, as they are two relations in the source.
     */
    private String namesAnother(ObjectName refTable) {
        TargetName written = planning.names().of(refTable);
        ObjectName created = planning.names().createdAs(written);
        if (created == null) return "";
        return " (on " + planning.target() + ", " + written.name() + " as written below names " + created
                + ", a different table of the source)";
    }

    /** The referenced columns; REFERENCES t without columns means t's primary key (SQL standard, Oracle). */
    private List<String> parentColumns(ForeignKey fk) {
        if (!fk.refColumns().isEmpty()) return fk.refColumns();
        Table parent = tables.get(planning.naming().sourceKey(fk.refTable()));
        return parent == null || parent.primaryKey() == null ? List.of() : parent.primaryKey().columns();
    }

    private String referenceableKeys() {
        return switch (planning.capabilities().constraints().foreignKeyTarget()) {
            case UNIQUE_KEY -> "is not a primary key or unique constraint that " + planning.target() + " accepts"
                    + (planning.capabilities().constraints().deferrable() ? " (one that is not DEFERRABLE)" : "");
            case INDEXED_COLUMNS -> "are not the leading columns of a key or index of that table, as " + planning.target()
                    + " requires";
        };
    }
}
