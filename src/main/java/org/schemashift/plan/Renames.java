package org.schemashift.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.NameKind;
import org.schemashift.convert.RenameRule;
import org.schemashift.model.Catalog;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.RenamedName;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;

/**
 * The target names a user's rename rules give the objects of a catalog, by source name. A name is
 * renamed wherever the naming policy spells it: in the object's definition and in every reference
 * to it (constraints, indexes, foreign keys, view queries, routine and trigger bodies, comments),
 * because every identifier of the model, the Calcite trees and the procedural IR is spelled through
 * {@link TargetNaming}. A bare name in code does not say what it names, so the renaming is by name:
 * when another object shares a renamed source name it takes the new name too (SS-GEN-0072).
 */
public final class Renames {
    /** No rules: every name keeps its folded source spelling. */
    public static final Renames NONE = new Renames(Map.of());

    private record Named(NameKind kind, String schema, String table, String name, SourceSpan span) {
    }

    private record Target(String name, String ruleId, NameKind kind) {
    }

    private final Map<String, Target> byName;

    private Renames(Map<String, Target> byName) {
        this.byName = byName;
    }

    /**
     * The renames {@code rules} make of the objects of {@code catalog}; the first rule of an object's
     * kind that matches it wins. Each rename is a decision and a {@link RenamedName} in {@code items}.
     */
    public static Renames of(List<RenameRule> rules, Catalog catalog, NameFolding folding, ActionItems items) {
        if (rules.isEmpty()) return NONE;
        Map<String, Target> byName = new HashMap<>();
        Map<String, NameKind> kindOf = new HashMap<>();
        List<Named> shared = new ArrayList<>();
        for (Named object : names(catalog)) {
            String key = object.name().toLowerCase(Locale.ROOT);
            Target target = rename(rules, object, folding);
            Target before = byName.get(key);
            NameKind firstKind = kindOf.putIfAbsent(key, object.kind());
            if (target != null && before == null) {
                byName.put(key, target);
            }
            if (target != null) {
                Target decided = byName.get(key);
                if (object.span() != null) {
                    items.decided(object.span(), decided.ruleId(), object.kind().id() + " " + object.name() + " is named " + decided.name());
                }
                items.renamed(new RenamedName(object.kind().id(), object.schema(), object.table(), object.name(), decided.name(),
                        decided.ruleId()));
            }
            if (firstKind != null && firstKind != object.kind() || target != null && before != null && !before.equals(target)) {
                shared.add(object);
            }
        }
        for (Named object : shared) {
            Target t = byName.get(object.name().toLowerCase(Locale.ROOT));
            if (t != null && t.kind() != object.kind() && object.span() != null) {
                items.add(GeneralCode.RENAMED_NAME_SHARED, object.span(), object.kind().id() + " " + object.name()
                        + " shares its name with a " + t.kind().id() + " that rule " + t.ruleId() + " renames; it is named "
                        + t.name() + " too");
            }
        }
        return new Renames(Map.copyOf(byName));
    }

    /** The target name a rule gives {@code sourceName} (unquoted, cased), or null when no rule renames it. */
    String target(String sourceName) {
        if (byName.isEmpty()) return null;
        Target t = byName.get(sourceName.toLowerCase(Locale.ROOT));
        return t == null ? null : t.name();
    }

    private static Target rename(List<RenameRule> rules, Named object, NameFolding folding) {
        for (RenameRule rule : rules) {
            if (rule.kind() != object.kind()) continue;
            String renamed = rule.rename(object.schema(), object.name());
            if (renamed != null) return new Target(cased(rule, object.name(), renamed, folding), rule.id(), object.kind());
        }
        return null;
    }

    /** The rule's case policy; none: cased like the source name is folded (an ordinary name lower case). */
    private static String cased(RenameRule rule, String sourceName, String renamed, NameFolding folding) {
        if (rule.casePolicy() == null) {
            return folding.fold(sourceName).equals(sourceName) ? renamed : renamed.toLowerCase(Locale.ROOT);
        }
        return switch (rule.casePolicy()) {
            case LOWER -> renamed.toLowerCase(Locale.ROOT);
            case UPPER -> renamed.toUpperCase(Locale.ROOT);
            case PRESERVE -> renamed;
        };
    }

    /** Every named object of the catalog, schemas first, each source name once per kind and place. */
    private static List<Named> names(Catalog catalog) {
        Map<String, Named> all = new LinkedHashMap<>();
        catalog.schemas().forEach(s -> add(all, new Named(NameKind.SCHEMA, null, null, s, null)));
        for (Table table : catalog.tables()) {
            schemaOf(all, table.name().schema(), table.span());
            add(all, new Named(NameKind.TABLE, table.name().schema(), null, table.name().name(), table.span()));
        }
        catalog.views().forEach(v -> {
            schemaOf(all, v.name().schema(), v.span());
            add(all, new Named(NameKind.VIEW, v.name().schema(), null, v.name().name(), v.span()));
        });
        catalog.sequences().forEach(s -> add(all, new Named(NameKind.SEQUENCE, s.name().schema(), null, s.name().name(), s.span())));
        for (Routine r : catalog.routines()) {
            schemaOf(all, r.name().schema(), r.span());
            add(all, new Named(NameKind.ROUTINE, r.name().schema(), null, r.name().name(), r.span()));
        }
        catalog.triggers().forEach(t -> add(all, new Named(NameKind.TRIGGER, t.name().schema(), null, t.name().name(), t.span())));
        for (Table table : catalog.tables()) {
            String schema = table.name().schema();
            String name = table.name().name();
            table.columns().forEach(c -> add(all, new Named(NameKind.COLUMN, schema, name, c.name(), c.span())));
            table.indexes().stream().filter(i -> i.name() != null)
                    .forEach(i -> add(all, new Named(NameKind.INDEX, schema, name, i.name(), i.span())));
            if (table.primaryKey() != null && table.primaryKey().name() != null) {
                add(all, new Named(NameKind.CONSTRAINT, schema, name, table.primaryKey().name(), table.primaryKey().span()));
            }
            table.uniques().stream().filter(u -> u.name() != null)
                    .forEach(u -> add(all, new Named(NameKind.CONSTRAINT, schema, name, u.name(), u.span())));
            table.foreignKeys().stream().filter(f -> f.name() != null)
                    .forEach(f -> add(all, new Named(NameKind.CONSTRAINT, schema, name, f.name(), f.span())));
            table.checks().stream().filter(c -> c.name() != null)
                    .forEach(c -> add(all, new Named(NameKind.CONSTRAINT, schema, name, c.name(), c.span())));
        }
        return List.copyOf(all.values());
    }

    private static void schemaOf(Map<String, Named> all, String schema, SourceSpan span) {
        if (schema != null) add(all, new Named(NameKind.SCHEMA, null, null, schema, span));
    }

    private static void add(Map<String, Named> all, Named n) {
        String key = n.kind() + "\u0000" + n.schema() + "\u0000" + n.table() + "\u0000" + n.name().toLowerCase(Locale.ROOT);
        all.putIfAbsent(key, n);
    }
}
