package org.schemashift.source.oracle.plsql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.proc.ProcType;

/**
 * The SUBTYPEs and REF CURSOR types that packages declare, for the units read after them: other
 * packages name them {@code PKG.T}, the package's own body names them {@code T}. Oracle compiles a
 * specification before anything that uses it, so install scripts give it first; one instance
 * serves a whole conversion run.
 */
final class PackageSubtypes {
    private final Map<String, ProcType> byName = new HashMap<>();

    /**
     * {@code name}, declared in unit {@code unit} (a package's name), stands for {@code type}. A
     * {@code V%TYPE} anchor names a variable of the package, so it is kept as {@code PKG.V%TYPE}: the
     * units that read it do not see V by its short name. Returns the type as other units see it.
     */
    ProcType define(String unit, String name, ProcType type) {
        ProcType seen = type instanceof ProcType.Anchored anchored && anchored.anchor() == ProcType.Anchor.TYPE
                && anchored.reference().size() == 1 && anchored.resolved() == null
                ? new ProcType.Anchored(List.of(unit, anchored.reference().get(0)), ProcType.Anchor.TYPE, null) : type;
        byName.put(unit + "." + name, seen);
        return seen;
    }

    /** What {@code name} stands for, read in unit {@code unit}: {@code PKG.T}, or {@code T} of the unit's own package; else null. */
    ProcType find(List<String> name, String unit) {
        if (name.size() == 2) return byName.get(name.get(0) + "." + name.get(1));
        return name.size() == 1 ? byName.get(unit + "." + name.get(0)) : null;
    }
}
