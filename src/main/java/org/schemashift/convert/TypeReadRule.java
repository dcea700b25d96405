package org.schemashift.convert;

import java.util.Locale;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.ActionCode;
import org.schemashift.model.CanonicalType;

/**
 * A {@code read} rule of {@code mappings/types/<source>.yaml}: a source type matching
 * {@code match} means the canonical type {@code to}. {@code family} overrides the type family the
 * canonical type implies, for a source whose arithmetic differs (Oracle TIMESTAMP(0) subtracts
 * to an interval where a DATE subtracts to days). {@code action} names an action-item code raised
 * for every column read by the rule: a fact about the source type (Oracle ROWID has no meaning
 * outside Oracle).
 */
public record TypeReadRule(String id, TypeRule.Match match, Canonical to, String family, String action, String note) {

    public TypeReadRule {
        TypeRule.requireId(id, "type read rule");
        if (to == null) throw new IllegalArgumentException("type read rule " + id + " has no 'to'");
        if (family != null) familyOf(id, family);
        TypeRule.actionCode(id, action);
    }

    /**
     * The canonical type a rule produces. {@code precision} and {@code scale} are numbers or the
     * source's {length} / {scale}, {@code extension} a name or {name} (the source type's name); a
     * placeholder the source type lacks makes the rule not match.
     * The facts a source type states itself always carry over: UNSIGNED, the BYTE/CHAR length
     * unit, ENUM/SET members.
     */
    public record Canonical(String type, String precision, String scale, Boolean large, Boolean national, String extension) {

        public Canonical {
            if (type == null) throw new IllegalArgumentException("canonical type without a 'type'");
            sqlTypeName(type);
        }

        CanonicalType of(TypeFacts source) {
            String p = source.expand(precision);
            String s = source.expand(scale);
            String e = source.expand(extension);
            if (precision != null && p == null || scale != null && s == null || extension != null && e == null) return null;
            CanonicalType.LengthUnit unit = source.has("char") ? CanonicalType.LengthUnit.CHAR
                    : source.has("byte") ? CanonicalType.LengthUnit.BYTE : null;
            return new CanonicalType(sqlTypeName(type), p == null ? null : Integer.valueOf(p), s == null ? null : Integer.valueOf(s),
                    unit, source.has("unsigned"), Boolean.TRUE.equals(large), Boolean.TRUE.equals(national),
                    source.members(), e);
        }

        private static SqlTypeName sqlTypeName(String type) {
            try {
                return SqlTypeName.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + type + "' is not a Calcite type name (SqlTypeName)", e);
            }
        }
    }

    /** The canonical type of {@code source}, or null when the rule does not apply to it. */
    CanonicalType read(TypeFacts source, ColumnFacts column) {
        return match == null || match.matches(source, column) ? to.of(source) : null;
    }

    /** The family of the types this rule reads: its {@code family}, else the canonical type's. */
    TypeFamily familyOf(CanonicalType canonical) {
        return family == null ? TypeFamily.of(canonical) : familyOf(id, family);
    }

    ActionCode actionCode() {
        return TypeRule.actionCode(id, action);
    }

    private static TypeFamily familyOf(String id, String family) {
        try {
            return TypeFamily.valueOf(family.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type read rule " + id + ": unknown family " + family, e);
        }
    }
}
