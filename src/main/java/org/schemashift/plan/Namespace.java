package org.schemashift.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

/**
 * Names that must be unique within a scope of the target (a schema's relations, a table's indexes,
 * ...). Claims are made in plan order, so the same input always gets the same names: a name over
 * the target's limit is shortened, a name already taken in its scope gets _2, _3, ... and each
 * change is reported.
 */
public final class Namespace {
    /** One place names must be unique in; {@code description} completes "already used in ...". */
    public record Scope(String key, String description) {
    }

    private final Map<String, Set<String>> taken = new HashMap<>();
    /** Per scope and clashing name, the next suffix to try: keeps claims linear when a name clashes often. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final TargetNaming naming;
    private final ActionItems items;

    public Namespace(TargetNaming naming, ActionItems items) {
        this.naming = naming;
        this.items = items;
    }

    /**
     * Claims {@code wanted} (already folded) in {@code scope}; on a clash appends _2, _3, ...
     * {@code clashCode} says how serious a clash is for this kind of object.
     */
    public String claim(Scope scope, String wanted, SourceSpan span, String what, ActionCode clashCode) {
        Set<String> names = taken.computeIfAbsent(scope.key(), s -> new HashSet<>());
        IdentifierSpelling spelling = naming.spelling();
        String name = spelling.shorten(wanted);
        if (!name.equals(wanted)) {
            items.add(GeneralCode.NAME_SHORTENED, span, what + " " + wanted + " is longer than " + spelling.limit() + "; named " + name);
        }
        if (names.add(naming.key(name))) return name;
        String key = scope.key() + "." + naming.key(name);
        int n = nextSuffix.getOrDefault(key, 2);
        String unique;
        do {
            unique = spelling.numbered(name, n++);
        } while (!names.add(naming.key(unique)));
        nextSuffix.put(key, n);
        items.add(clashCode, span, what + " " + name + " is already used in the " + scope.description() + "; named " + unique);
        return unique;
    }
}
