package org.schemashift.convert.proc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.proc.ProcType;

/**
 * A name procedural code declares, as the expression rules and the name resolution need it: what
 * it is, its target type, the family of its source type, and for a row (record, cursor row, trigger
 * row) its fields' families by lower-case name. {@code value} is a constant's value (inlined where it
 * is read); {@code state} the package variable's getter and setter when the name is package state;
 * {@code source} its type as the source declared it (calls pick among overloads by it), null when none was.
 */
record Symbol(String name, Kind kind, ProcType type, TypeFamily family, Map<String, TypeFamily> fields, SqlNode value,
              StateVariable state, ProcType source) {

    enum Kind { VARIABLE, CONSTANT, COLLECTION, ROW, CURSOR }

    Symbol {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    static Symbol variable(String name, ProcType type, TypeFamily family) {
        return new Symbol(name, Kind.VARIABLE, type, family, null, null, null, null);
    }

    /** A row with no declared type: a loop's record, a trigger's NEW and OLD. */
    static Symbol row(String name, Map<String, TypeFamily> fields) {
        return new Symbol(name, Kind.ROW, null, TypeFamily.UNKNOWN, fields, null, null, null);
    }

    /** Column families by lower-case name, as the expression types match them. */
    static Map<String, TypeFamily> lowerCase(Map<String, TypeFamily> columns) {
        Map<String, TypeFamily> out = new LinkedHashMap<>();
        if (columns != null) columns.forEach((name, family) -> out.put(name.toLowerCase(Locale.ROOT), family));
        return out;
    }

    boolean isState() {
        return state != null;
    }
}
