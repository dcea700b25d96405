package org.schemashift.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.NameKind;
import org.schemashift.convert.RenameRule;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.RenamedName;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.Trigger;
import org.schemashift.model.View;

/**
 * The target names a user's rename rules give the objects of a catalog, each by the object it is:
 * a schema by its name, a table, view, sequence, routine or trigger by its qualified name, a column,
 * index or constraint by its table and name. A reference is renamed when it resolves to the renamed
 * object (the planner and writers ask with the object a definition or key names; expressions resolve
 * their column references through the FROM clause, see {@code IdentifierFolder}), so a column renamed
 * in one table keeps its name in another. A reference is found by its qualified name, or by its bare
 * name when one object of the catalog has it. The catalog's relations and their columns are kept
 * too, for the writers' resolution of references. A column whose target name an earlier column of
 * its table already has (Oracle {@code "id"} and {@code ID}, distinct in the source) is renamed by
 * the naming policy, {@code id_2}, found by its exact source name; the planner reports it.
 */
public final class Renames {
    /** No rules: every name keeps its folded source spelling. */
    public static final Renames NONE = new Renames();

    private record Target(String name, String ruleId, NameKind kind) {
    }

    /** A column renamed because its target name is that of the {@code earlier} column of its table; {@code name}: its own. */
    public record Clash(String earlier, String name) {
    }

    /** A reference key that names two objects of the catalog (the same bare name in two schemas). */
    private static final String AMBIGUOUS = "\u0000ambiguous";

    private final Map<String, Target> schemas = new HashMap<>();
    /** Group and reference key (qualified, or bare when unambiguous) → the object's own key. */
    private final Map<String, String> objects = new HashMap<>();
    /** Kind and object key → the rename of a schema object; object key, kind and member name → of a member. */
    private final Map<String, Target> targets = new HashMap<>();
    /** Every relation's columns (lower case), by the relation's own key. */
    private final Map<String, Set<String>> columns = new HashMap<>();
    /** Column name → its rename where every column of that name is renamed alike; else absent. */
    private final Map<String, Target> columnsByName = new HashMap<>();
    /** Relation key and exact column name → the rename of a column whose target name an earlier one has. */
    private final Map<String, Clash> clashes = new HashMap<>();
    private final boolean any;

    private Renames() {
        this.any = false;
    }

    private Renames(boolean any) {
        this.any = any;
    }

    /** True when some rule renames something: the writers then resolve references. */
    public boolean any() {
        return any;
    }

    /**
     * The renames {@code rules} make of the objects of {@code catalog}, and those of columns that
     * would share a target name with an earlier column of their table under {@code policy}; the
     * first rule of an object's kind that matches it wins. Each rule's rename is a decision and a
     * {@link RenamedName} in {@code items}.
     */
    public static Renames of(List<RenameRule> rules, Catalog catalog, TargetNaming policy, ActionItems items) {
        if (rules.isEmpty() && catalog.tables().stream().noneMatch(t -> clashing(t, policy))) return NONE;
        Renames renames = new Renames(true);
        renames.index(catalog);
        renames.ruled(rules, catalog, policy.folding(), items);
        TargetNaming ruled = policy.withRenames(renames);
        for (Table table : catalog.tables()) {
            if (clashing(table, ruled)) renames.clashes(table, ruled);
        }
        return renames;
    }

    /** Whether two columns of {@code table} have one target name under {@code naming}. */
    private static boolean clashing(Table table, TargetNaming naming) {
        Set<String> names = new HashSet<>();
        return !table.columns().stream().allMatch(c -> names.add(naming.key(naming.column(table.name(), c.name()))));
    }

    /** The renames of the columns of {@code table} whose target name an earlier column has: the name with the first free suffix. */
    private void clashes(Table table, TargetNaming naming) {
        Map<String, String> firstByName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        table.columns().forEach(c -> taken.add(naming.key(naming.column(table.name(), c.name()))));
        String id = objectKey(NameKind.TABLE, table.name());
        for (Column column : table.columns()) {
            String name = naming.column(table.name(), column.name());
            String earlier = firstByName.putIfAbsent(naming.key(name), column.name());
            if (earlier == null) continue;
            String unique;
            int n = 2;
            do {
                unique = naming.spelling().numbered(name, n++);
            } while (!taken.add(naming.key(unique)));
            clashes.put(id + ":" + column.name(), new Clash(earlier, unique));
        }
    }

    private void ruled(List<RenameRule> rules, Catalog catalog, NameFolding folding, ActionItems items) {
        if (rules.isEmpty()) return;
        Namer namer = new Namer(rules, folding, items);
        for (String schema : schemas(catalog)) {
            Target t = namer.rename(NameKind.SCHEMA, null, null, schema, null);
            if (t != null) schemas.put(lower(schema), t);
        }
        for (Table table : catalog.tables()) {
            object(namer, NameKind.TABLE, table.name(), table.span());
            for (Column column : table.columns()) member(namer, NameKind.COLUMN, table.name(), column.name(), column.span());
            table.indexes().stream().filter(i -> i.name() != null)
                    .forEach(i -> member(namer, NameKind.INDEX, table.name(), i.name(), i.span()));
            if (table.primaryKey() != null && table.primaryKey().name() != null) {
                member(namer, NameKind.CONSTRAINT, table.name(), table.primaryKey().name(), table.primaryKey().span());
            }
            table.uniques().stream().filter(u -> u.name() != null)
                    .forEach(u -> member(namer, NameKind.CONSTRAINT, table.name(), u.name(), u.span()));
            table.foreignKeys().stream().filter(f -> f.name() != null)
                    .forEach(f -> member(namer, NameKind.CONSTRAINT, table.name(), f.name(), f.span()));
            table.checks().stream().filter(c -> c.name() != null)
                    .forEach(c -> member(namer, NameKind.CONSTRAINT, table.name(), c.name(), c.span()));
        }
        catalog.views().forEach(v -> object(namer, NameKind.VIEW, v.name(), v.span()));
        catalog.sequences().forEach(s -> object(namer, NameKind.SEQUENCE, s.name(), s.span()));
        catalog.routines().forEach(r -> object(namer, NameKind.ROUTINE, r.name(), r.span()));
        for (Trigger t : catalog.triggers()) {
            String id = objectKey(NameKind.TRIGGER, t.name());
            Target target = namer.rename(NameKind.TRIGGER, t.name().schema(), t.table() == null ? null : t.table().name(),
                    t.name().name(), t.span());
            if (target != null && id != null) targets.put(NameKind.TRIGGER + ":" + id, target);
        }
        columnsByName(catalog, items);
    }

    /** The target name of schema {@code schema}, or null when no rule renames it. */
    public String schema(String schema) {
        Target t = schemas.get(lower(schema));
        return t == null ? null : t.name();
    }

    /** The target name of the table, view or sequence {@code ref} names, or null when no rule renames it. */
    public String relation(ObjectName ref) {
        for (NameKind kind : List.of(NameKind.TABLE, NameKind.VIEW, NameKind.SEQUENCE)) {
            String renamed = renamed(kind, ref);
            if (renamed != null) return renamed;
        }
        return null;
    }

    /** The target name of the routine {@code ref} names, or null. */
    public String routine(ObjectName ref) {
        return renamed(NameKind.ROUTINE, ref);
    }

    /** The target name of the trigger {@code ref} names, or null. */
    public String trigger(ObjectName ref) {
        return renamed(NameKind.TRIGGER, ref);
    }

    /** The target name of column {@code column} of the table or view {@code relation}, or null. */
    public String column(ObjectName relation, String column) {
        Clash clash = clash(relation, column);
        return clash != null ? clash.name() : memberTarget(NameKind.COLUMN, relation, column);
    }

    /** The rename of column {@code column} (its exact source name) of table {@code table} for a clash, or null. */
    public Clash clash(ObjectName table, String column) {
        if (table == null || clashes.isEmpty()) return null;
        String id = objectKey(NameKind.TABLE, table);
        return id == null ? null : clashes.get(id + ":" + column);
    }

    /** The target name of the index or constraint {@code name} of table {@code table}, or null. */
    public String member(ObjectName table, String name) {
        String index = memberTarget(NameKind.INDEX, table, name);
        return index != null ? index : memberTarget(NameKind.CONSTRAINT, table, name);
    }

    /**
     * The rename of a column reference nothing resolves (a record's field, {@code r.salary}): the
     * target name when every column of that name in the catalog is renamed alike, else null.
     */
    public String columnByName(String column) {
        Target t = columnsByName.get(lower(column));
        return t == null ? null : t.name();
    }

    /** The columns (lower case) of the table or view {@code ref} names, or null when the catalog has no such relation. */
    public Set<String> columnsOf(ObjectName ref) {
        String id = objectKey(NameKind.TABLE, ref);
        if (id == null) id = objectKey(NameKind.VIEW, ref);
        return id == null ? null : columns.get(id);
    }

    private String renamed(NameKind kind, ObjectName ref) {
        String id = objectKey(kind, ref);
        Target t = id == null ? null : targets.get(kind + ":" + id);
        return t == null ? null : t.name();
    }

    private String memberTarget(NameKind kind, ObjectName relation, String name) {
        if (relation == null || targets.isEmpty()) return null;
        String id = objectKey(NameKind.TABLE, relation);
        if (id == null) id = objectKey(NameKind.VIEW, relation);
        Target t = id == null ? null : targets.get(id + ":" + kind + ":" + lower(name));
        return t == null ? null : t.name();
    }

    /** The own key of the object of {@code kind} that {@code ref} names, or null when none (or two) does. */
    private String objectKey(NameKind kind, ObjectName ref) {
        String found = objects.get(group(kind) + ":" + key(ref));
        return found == null || found.equals(AMBIGUOUS) ? null : found;
    }

    private void index(Catalog catalog) {
        for (Table table : catalog.tables()) {
            String id = register(NameKind.TABLE, table.name());
            Set<String> names = new LinkedHashSet<>();
            table.columns().forEach(c -> names.add(lower(c.name())));
            columns.put(id, names);
        }
        for (View view : catalog.views()) columns.put(register(NameKind.VIEW, view.name()), viewColumns(view));
        catalog.sequences().forEach(s -> register(NameKind.SEQUENCE, s.name()));
        catalog.routines().forEach(r -> register(NameKind.ROUTINE, r.name()));
        catalog.triggers().forEach(t -> register(NameKind.TRIGGER, t.name()));
    }

    /** Registers the object under its qualified and its bare name; returns its own key. */
    private String register(NameKind kind, ObjectName name) {
        String id = kind + ":" + key(name);
        String group = group(kind) + ":";
        objects.put(group + key(name), id);
        String bare = group + key(ObjectName.of(name.name()));
        String before = objects.putIfAbsent(bare, id);
        if (before != null && !before.equals(id)) objects.put(bare, AMBIGUOUS);
        return id;
    }

    /** Tables, views and sequences share a namespace; routines and triggers have their own. */
    private static String group(NameKind kind) {
        return switch (kind) {
            case TABLE, VIEW, SEQUENCE -> "relation";
            default -> kind.id();
        };
    }

    private void object(Namer namer, NameKind kind, ObjectName name, SourceSpan span) {
        Target t = namer.rename(kind, name.schema(), null, name.name(), span);
        String id = objectKey(kind, name);
        if (t != null && id != null) targets.put(kind + ":" + id, t);
    }

    private void member(Namer namer, NameKind kind, ObjectName table, String name, SourceSpan span) {
        Target t = namer.rename(kind, table.schema(), table.name(), name, span);
        String id = objectKey(NameKind.TABLE, table);
        if (t != null && id != null) targets.put(id + ":" + kind + ":" + lower(name), t);
    }

    /**
     * The column renames a reference that resolves to no table may take by name: those where every
     * column of the name is renamed alike. A renamed column whose name other columns keep (or take
     * otherwise) gets SS-GEN-0072, once per name.
     */
    private void columnsByName(Catalog catalog, ActionItems items) {
        Set<String> unlike = new LinkedHashSet<>();
        Map<String, Column> renamedColumn = new HashMap<>();
        Map<String, Target> seen = new HashMap<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                String name = lower(column.name());
                Target t = targets.get(objectKey(NameKind.TABLE, table.name()) + ":" + NameKind.COLUMN + ":" + name);
                if (t != null) renamedColumn.putIfAbsent(name, column);
                boolean first = !seen.containsKey(name);
                Target before = seen.put(name, t);
                if (!first && !java.util.Objects.equals(t == null ? null : t.name(), before == null ? null : before.name())) unlike.add(name);
            }
        }
        seen.forEach((name, t) -> {
            if (t != null && !unlike.contains(name)) columnsByName.put(name, t);
        });
        for (String name : unlike) {
            Column column = renamedColumn.get(name);
            if (column == null || column.span() == null) continue;
            items.add(GeneralCode.RENAMED_NAME_KEPT_ELSEWHERE, column.span(), "column " + column.name() + " is renamed, but other"
                    + " columns named " + column.name() + " are not (or are renamed otherwise): a reference that names no table"
                    + " (a record's field) keeps " + column.name());
        }
    }

    /** A view's columns: its column list, else the names its query's select list gives. */
    static Set<String> viewColumns(View view) {
        Set<String> names = new LinkedHashSet<>();
        if (!view.columns().isEmpty()) {
            view.columns().forEach(c -> names.add(lower(c)));
            return names;
        }
        SqlNode query = view.query() == null ? null : view.query().node();
        while (query instanceof SqlOrderBy || query instanceof SqlWith
                || query instanceof SqlCall c && c.getKind().belongsTo(SqlKind.SET_QUERY)) {
            query = query instanceof SqlOrderBy o ? o.query : query instanceof SqlWith w ? w.body : ((SqlCall) query).operand(0);
        }
        if (!(query instanceof SqlSelect select)) return names;
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlCall as && as.getKind() == SqlKind.AS && as.operand(1) instanceof SqlIdentifier alias) {
                names.add(lower(alias.getSimple()));
            } else if (item instanceof SqlIdentifier id && !id.isStar()) {
                names.add(lower(id.names.get(id.names.size() - 1)));
            }
        }
        return names;
    }

    private static Set<String> schemas(Catalog catalog) {
        Set<String> schemas = new LinkedHashSet<>(catalog.schemas());
        catalog.tables().forEach(t -> addSchema(schemas, t.name()));
        catalog.views().forEach(v -> addSchema(schemas, v.name()));
        catalog.sequences().forEach(s -> addSchema(schemas, s.name()));
        catalog.routines().stream().map(Routine::name).forEach(n -> addSchema(schemas, n));
        return schemas;
    }

    private static void addSchema(Set<String> schemas, ObjectName name) {
        if (name.schema() != null && schemas.stream().noneMatch(s -> s.equalsIgnoreCase(name.schema()))) schemas.add(name.schema());
    }

    private static String key(ObjectName name) {
        return (name.schema() == null ? "" : lower(name.schema())) + "." + lower(name.name());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Applies the rules to one object at a time, recording each rename as a decision and a {@link RenamedName}. */
    private record Namer(List<RenameRule> rules, NameFolding folding, ActionItems items) {
        Target rename(NameKind kind, String schema, String table, String name, SourceSpan span) {
            for (RenameRule rule : rules) {
                if (rule.kind() != kind) continue;
                String renamed = rule.rename(schema, table, name);
                if (renamed == null) continue;
                Target target = new Target(cased(rule, name, renamed), rule.id(), kind);
                if (span != null) {
                    items.decided(span, rule.id(), kind.id() + " " + (table == null ? "" : table + ".") + name + " is named "
                            + target.name());
                }
                items.renamed(new RenamedName(kind.id(), schema, table, name, target.name(), rule.id()));
                return target;
            }
            return null;
        }

        /** The rule's case policy; none: cased like the source name is folded (an ordinary name lower case). */
        private String cased(RenameRule rule, String sourceName, String renamed) {
            if (rule.casePolicy() == null) {
                return folding.fold(sourceName).equals(sourceName) ? renamed : renamed.toLowerCase(Locale.ROOT);
            }
            return switch (rule.casePolicy()) {
                case LOWER -> renamed.toLowerCase(Locale.ROOT);
                case UPPER -> renamed.toUpperCase(Locale.ROOT);
                case PRESERVE -> renamed;
            };
        }
    }
}
