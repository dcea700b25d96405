package org.schemashift.model;

import java.util.List;
import java.util.Map;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;

/**
 * An Oracle package as the procedural IR: the specification's declarations (public: types,
 * constants, variables, cursors, exceptions and subprogram headers), the body's declarations (private
 * members and the subprograms' code) and the initialisation section ({@code initialization}, null
 * when absent). Either part may be empty when only the other was in the input. {@code subtypes}: the
 * types the specification names (SUBTYPE, REF CURSOR type) by upper-case name, as other units name
 * them {@code PKG.T}, whichever unit is read first.
 */
public record PackageDef(ObjectName name, List<Declaration> specification, List<Declaration> body, Block initialization,
                         SourceSpan span, Map<String, ProcType> subtypes) {
    public PackageDef {
        specification = List.copyOf(specification);
        body = List.copyOf(body);
        subtypes = Map.copyOf(subtypes);
    }

    /** A package whose specification names no types of its own. */
    public PackageDef(ObjectName name, List<Declaration> specification, List<Declaration> body, Block initialization,
                      SourceSpan span) {
        this(name, specification, body, initialization, span, Map.of());
    }
}
