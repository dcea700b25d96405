package org.schemashift.convert;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.schemashift.model.Catalog;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;

/**
 * Leaves out of a catalog the objects a user's exclude rules name, and those of a kind some
 * include rule names that no include rule matches. Each object left out is an INFO item
 * (SS-GEN-0070) and a decision naming the rule, so the report lists it as ignored; a foreign key
 * or trigger that needs a table left out goes with it (SS-GEN-0071), so the output still runs.
 */
public final class ObjectFilter {
    private final List<ObjectRule> exclude;
    private final List<ObjectRule> include;
    private final Set<NameKind> included = EnumSet.noneOf(NameKind.class);
    private final ActionItems items;

    public ObjectFilter(List<ObjectRule> exclude, List<ObjectRule> include, ActionItems items) {
        this.exclude = exclude;
        this.include = include;
        include.forEach(rule -> included.add(rule.kind()));
        this.items = items;
    }

    public Catalog apply(Catalog catalog) {
        if (exclude.isEmpty() && include.isEmpty()) return catalog;
        Set<String> goneTables = new HashSet<>();
        List<Table> tables = new ArrayList<>();
        for (Table table : catalog.tables()) {
            if (kept(NameKind.TABLE, table.name(), table.span(), "table")) {
                tables.add(table);
            } else {
                goneTables.add(table.name().key());
            }
        }
        List<Table> trimmed = tables.stream().map(t -> trimTable(t, goneTables)).toList();
        return new Catalog(schemasKept(catalog.schemas()),
                catalog.types(),
                keep(catalog.sequences(), s -> s.name(), s -> s.span(), NameKind.SEQUENCE, "sequence"),
                trimmed,
                keep(catalog.views(), v -> v.name(), v -> v.span(), NameKind.VIEW, "view"),
                keep(catalog.routines(), r -> r.name(), r -> r.span(), NameKind.ROUTINE, "routine"),
                keep(catalog.packages(), p -> p.name(), p -> p.span(), NameKind.ROUTINE, "package"),
                catalog.triggers().stream()
                        .filter(t -> triggerKept(t.table(), goneTables, t.name(), t.span()))
                        .filter(t -> kept(NameKind.TRIGGER, t.name(), t.span(), "trigger")).toList(),
                catalog.synonyms(), catalog.grants(), catalog.packageStates());
    }

    private List<String> schemasKept(List<String> schemas) {
        return schemas.stream().filter(s -> kept(NameKind.SCHEMA, new ObjectName(null, s), null, "schema")).toList();
    }

    private <T> List<T> keep(List<T> objects, Function<T, ObjectName> name, Function<T, SourceSpan> span, NameKind kind,
                             String what) {
        return objects.stream().filter(o -> kept(kind, name.apply(o), span.apply(o), what)).toList();
    }

    /** Whether the object stays; when not, the item and decision that say why. A rule on its schema applies too. */
    private boolean kept(NameKind kind, ObjectName name, SourceSpan span, String what) {
        String rule = excludedBy(kind, name);
        if (rule == null && name.schema() != null) rule = excludedBy(NameKind.SCHEMA, new ObjectName(null, name.schema()));
        if (rule == null) return true;
        String reason = rule.isEmpty() ? "no include rule for " + kind.id() + "s matches it" : "excluded by rule " + rule;
        if (span != null) {
            items.add(GeneralCode.OBJECT_EXCLUDED, span, what + " " + name + " is ignored: " + reason);
            items.decided(span, rule.isEmpty() ? "include" : rule, what + " " + name + " ignored");
        }
        return false;
    }

    /** The id of the exclude rule that leaves the object out, "" when include rules leave it out, null when it stays. */
    private String excludedBy(NameKind kind, ObjectName name) {
        Predicate<ObjectRule> hit = r -> r.matches(kind, name.schema(), name.name());
        for (ObjectRule rule : exclude) {
            if (hit.test(rule)) return rule.id();
        }
        if (!included.contains(kind)) return null;
        return include.stream().anyMatch(hit) ? null : "";
    }

    /** The table without the indexes and constraints exclude rules name, and without foreign keys to tables left out. */
    private Table trimTable(Table table, Set<String> goneTables) {
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            ObjectName parent = fk.refTable().schema() == null && table.name().schema() != null
                    ? fk.refTable().withSchema(table.name().schema()) : fk.refTable();
            if (goneTables.contains(parent.key()) || goneTables.contains(fk.refTable().key())) {
                items.add(GeneralCode.EXCLUDED_DEPENDENCY, fk.span(), "foreign key " + (fk.name() == null ? "" : fk.name() + " ")
                        + "of table " + table.name() + " references " + fk.refTable() + ", which is ignored; left out");
            } else if (constraintKept(table, fk.name(), fk.span())) {
                fks.add(fk);
            }
        }
        return table.withForeignKeys(fks)
                .withChecks(table.checks().stream().filter(c -> constraintKept(table, c.name(), c.span())).toList())
                .withUniques(table.uniques().stream().filter(u -> constraintKept(table, u.name(), u.span())).toList())
                .withIndexes(table.indexes().stream().filter(i -> i.name() == null
                        || kept(NameKind.INDEX, new ObjectName(table.name().schema(), i.name()), i.span(), "index")).toList());
    }

    private boolean constraintKept(Table table, String name, SourceSpan span) {
        return name == null || kept(NameKind.CONSTRAINT, new ObjectName(table.name().schema(), name), span, "constraint");
    }

    private boolean triggerKept(ObjectName table, Set<String> goneTables, ObjectName trigger, SourceSpan span) {
        if (table == null || !goneTables.contains(table.key())) return true;
        items.add(GeneralCode.EXCLUDED_DEPENDENCY, span, "trigger " + trigger + " is on table " + table + ", which is ignored; left out");
        return false;
    }
}
