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

    /** {@code name}, declared in unit {@code unit} (a package's name), stands for {@code type}. */
    void define(String unit, String name, ProcType type) {
        byName.put(unit + "." + name, type);
    }

    /** What {@code name} stands for, read in unit {@code unit}: {@code PKG.T}, or {@code T} of the unit's own package; else null. */
    ProcType find(List<String> name, String unit) {
        if (name.size() == 2) return byName.get(name.get(0) + "." + name.get(1));
        return name.size() == 1 ? byName.get(unit + "." + name.get(0)) : null;
    }
}
