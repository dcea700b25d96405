package org.schemashift.model;

import java.util.List;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;

/**
 * An Oracle package as the procedural IR: the specification's declarations (public: types,
 * constants, variables, cursors, exceptions and subprogram headers), the body's declarations (private
 * members and the subprograms' code) and the initialisation section ({@code initialization}, null
 * when absent). Either part may be empty when only the other was in the input.
 */
public record PackageDef(ObjectName name, List<Declaration> specification, List<Declaration> body, Block initialization,
                         SourceSpan span) {
    public PackageDef {
        specification = List.copyOf(specification);
        body = List.copyOf(body);
    }
}
