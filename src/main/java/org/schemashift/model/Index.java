package org.schemashift.model;

import java.util.List;

/** A secondary index on {@code table}; {@code name} is null when the source gave none. */
public record Index(String name, ObjectName table, boolean unique, List<IndexPart> parts, IndexMethod method,
                    Expr where, String comment, SourceSpan span) {
    public Index {
        parts = List.copyOf(parts);
    }

    public Index withName(String n) {
        return new Index(n, table, unique, parts, method, where, comment, span);
    }

    public Index withTable(ObjectName t) {
        return new Index(name, t, unique, parts, method, where, comment, span);
    }

    public Index withParts(List<IndexPart> p) {
        return new Index(name, table, unique, p, method, where, comment, span);
    }

    public Index withMethod(IndexMethod m) {
        return new Index(name, table, unique, parts, m, where, comment, span);
    }
}
