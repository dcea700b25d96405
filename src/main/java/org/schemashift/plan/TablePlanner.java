package org.schemashift.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.emit.TargetCapabilities.AutoNumbering;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * Plans one table: its columns (one renamed where its name clashes after folding), its primary
 * and unique keys and its checks, claiming their names in the table's order.
 */
final class TablePlanner {
    private final Planning planning;
    private final Table table;
    private final TargetName target;

    TablePlanner(Planning planning, Table table) {
        this.planning = planning;
        this.table = table;
        this.target = planning.names().of(table.name());
    }

    PlannedTable plan() {
        List<PlannedTable.PlannedColumn> columns = columns();
        PlannedTable.Key primaryKey = table.primaryKey() == null ? null : primaryKey(table.primaryKey());
        List<PlannedTable.Key> uniques = new ArrayList<>();
        for (UniqueConstraint unique : table.uniques()) {
            String name = planning.namespace().claim(planning.scopes().indexes(target),
                    planning.constraintName(table.name(), unique.name(), target.name() + "_" + planning.columnNames(table.name(), unique.columns()) + "_key"),
                    unique.span(), "unique constraint", GeneralCode.NAME_MADE_UNIQUE);
            uniques.add(key(name, unique.columns(), unique.deferrable(), unique.initiallyDeferred(), unique.span(),
                    "unique constraint"));
        }
        return new PlannedTable(table, target, columns, primaryKey, uniques, checks(), autoNumberKey(primaryKey, uniques));
    }

    /** The identity column when the target numbers with AUTO_INCREMENT, which must lead a key, and no key starts with it. */
    private Column autoNumberKey(PlannedTable.Key primaryKey, List<PlannedTable.Key> uniques) {
        if (planning.capabilities().columns().autoNumbering() != AutoNumbering.AUTO_INCREMENT) return null;
        Column identity = table.columns().stream().filter(c -> c.identity() != null).findFirst().orElse(null);
        if (identity == null) return null;
        List<PlannedTable.Key> keys = new ArrayList<>(uniques);
        if (primaryKey != null) keys.add(primaryKey);
        if (keys.stream().anyMatch(k -> !k.columns().isEmpty() && k.columns().get(0).equalsIgnoreCase(identity.name()))) return null;
        planning.items().add(planning.capabilities().gaps().unkeyedAutoNumber(), identity.span(), table.name() + "." + identity.name()
                + " is AUTO_INCREMENT but no key starts with it; KEY (" + planning.naming().column(table.name(), identity.name()) + ") is added");
        return identity;
    }

    private List<PlannedTable.PlannedColumn> columns() {
        TargetNaming naming = planning.naming();
        List<PlannedTable.PlannedColumn> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = naming.column(table.name(), column.name());
            if (!name.equals(naming.columnFold(table.name(), column.name()))) {
                planning.items().add(GeneralCode.NAME_SHORTENED, column.span(), "column " + naming.columnFold(table.name(), column.name()) + " of "
                        + table.name() + " is longer than " + naming.spelling().limit() + "; named " + name);
            }
            Renames.Clash clash = naming.renames().clash(table.name(), column.name());
            if (clash != null) {
                // Oracle "Name" and NAME, say: distinct in the source, one name in the target
                planning.items().add(GeneralCode.NAME_COLLISION, column.span(), "columns " + clash.earlier() + " and " + column.name()
                        + " of " + table.name() + " would both be named " + naming.column(table.name(), clash.earlier()) + " in "
                        + planning.target() + "; " + column.name() + " is named " + name);
            }
            reportMissingFeatures(column);
            columns.add(new PlannedTable.PlannedColumn(column, name));
        }
        return columns;
    }

    private void reportMissingFeatures(Column column) {
        String where = table.name() + "." + column.name();
        if (column.generated() != null && column.generated().expression().node() != null
                && !column.generated().stored() && !planning.capabilities().virtualColumns()) {
            planning.items().add(planning.capabilities().gaps().virtualColumn(), column.span(), where);
        }
        if (column.invisible() && !planning.capabilities().columns().invisible()) {
            planning.items().add(planning.capabilities().gaps().invisibleColumn(), column.span(), where);
        }
    }

    private PlannedTable.Key primaryKey(PrimaryKey pk) {
        String name = !planning.capabilities().constraints().namedPrimaryKey() ? null
                : planning.namespace().claim(planning.scopes().indexes(target),
                planning.constraintName(table.name(), pk.name(), target.name() + "_pkey"), pk.span(), "primary key", GeneralCode.NAME_MADE_UNIQUE);
        return key(name, pk.columns(), pk.deferrable(), pk.initiallyDeferred(), pk.span(), "primary key");
    }

    private PlannedTable.Key key(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred,
                                 SourceSpan span, String what) {
        boolean kept = planning.keepDeferrable(deferrable, span, what + (name == null ? "" : " " + name) + " on " + table.name());
        return new PlannedTable.Key(name, columns, kept, kept && initiallyDeferred, span);
    }

    /** Checks, commented out where the condition was not converted or the source does not enforce it. */
    private List<PlannedTable.Check> checks() {
        List<PlannedTable.Check> checks = new ArrayList<>();
        int number = 0;
        for (CheckConstraint check : table.checks()) {
            number++;
            String name = planning.namespace().claim(planning.scopes().constraints(target),
                    planning.constraintName(table.name(), check.name(), target.name() + "_check" + (number == 1 ? "" : number)),
                    check.span(), "check", GeneralCode.NAME_MADE_UNIQUE);
            boolean commentedOut = check.condition().node() == null;
            if (!commentedOut && !check.enforced()) {
                planning.items().add(planning.capabilities().gaps().unenforcedCheck(), check.span(),
                        "check " + name + " on " + table.name());
                commentedOut = true;
            }
            if (!commentedOut && !planning.capabilities().constraints().timeDependentChecks()
                    && TimeDependence.of(check.condition().node())) {
                planning.items().add(planning.capabilities().gaps().timeDependentCheck(), check.span(),
                        "check " + name + " on " + table.name() + ": " + check.condition().sourceText());
                commentedOut = true;
            }
            checks.add(new PlannedTable.Check(check, name, commentedOut));
        }
        return checks;
    }
}
