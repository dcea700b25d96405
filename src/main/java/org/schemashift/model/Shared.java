package org.schemashift.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of values a large schema repeats in every table: column names (ID, CREATED_AT), type
 * spellings (NUMBER(10)), defaults (SYSDATE) and the target types they become. Each parse makes its
 * own copy, so 100,000 tables held millions of equal strings and types (docs/performance.md). The
 * model's records share them through their constructors; being immutable values, a shared copy is
 * indistinguishable from the parsed one.
 */
public final class Shared {
    /** Longer texts (a view's query, a CHECK condition) are rarely repeated: not worth a table entry. */
    private static final int MAX_STRING = 64;
    /** A schema has a few hundred distinct types; past this many the rest keep their own copies. */
    private static final int MAX_TYPES = 10_000;
    private static final Map<DataType, DataType> TYPES = new ConcurrentHashMap<>();

    private Shared() {
    }

    /** The JVM's one copy of a short string (its string table drops copies nothing holds any more). */
    public static String string(String s) {
        return s == null || s.length() > MAX_STRING ? s : s.intern();
    }

    /** The list with its short strings shared, unmodifiable. */
    public static List<String> strings(List<String> list) {
        return list.stream().map(Shared::string).toList();
    }

    /** One instance per distinct type. */
    public static DataType type(DataType type) {
        if (type == null) return null;
        DataType shared = TYPES.get(type);
        if (shared != null) return shared;
        if (TYPES.size() >= MAX_TYPES) return type;
        shared = TYPES.putIfAbsent(type, type);
        return shared == null ? type : shared;
    }
}
