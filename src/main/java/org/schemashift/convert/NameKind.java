package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of named object a rename, exclude or include rule is about. */
public enum NameKind {
    SCHEMA, TABLE, VIEW, COLUMN, INDEX, CONSTRAINT, SEQUENCE, ROUTINE, TRIGGER;

    @JsonCreator
    public static NameKind of(String id) {
        for (NameKind k : values()) {
            if (k.id().equals(id.toLowerCase(Locale.ROOT))) return k;
        }
        throw new IllegalArgumentException("unknown kind " + id + " (" + known() + ")");
    }

    static String known() {
        return Arrays.stream(values()).map(NameKind::id).collect(Collectors.joining(", "));
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
