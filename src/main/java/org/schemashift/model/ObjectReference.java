package org.schemashift.model;

import java.util.List;

/** An object that a view, routine, trigger or constraint uses: the first of {@code kinds} that names an object of the input. */
public record ObjectReference(List<ObjectKind> kinds, ObjectName name) {
    public ObjectReference {
        kinds = List.copyOf(kinds);
    }

    public ObjectReference(ObjectKind kind, ObjectName name) {
        this(List.of(kind), name);
    }
}
