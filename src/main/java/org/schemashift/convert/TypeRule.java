package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;

/**
 * A type rule that spells a type: a {@code write} rule of {@code mappings/types/<target>.yaml}
 * (it matches a canonical type) or a direct rule of a pair file or a user's {@code types:} (it
 * matches a source type). A rule matches when every condition given holds and its {@code target}
 * template has a value for every placeholder (see {@link TypeFacts}). {@code check} asks for a
 * member check (enum, set); {@code declare: enum} makes a table column's type an enum type of its
 * own holding the type's members ({@code CREATE TYPE <table>_<column> AS ENUM (...)}, created before
 * the table; {@code target} then names the kind, {@code enum}); {@code action} names an action-item
 * code raised for every column the rule spells.
 */
public record TypeRule(String id, Match match, String target, String check, String declare, String action, String note) {

    public TypeRule {
        requireId(id, "type rule");
        if (target == null) throw new IllegalArgumentException("type rule " + id + " has no target");
        if (check != null && !check.equals("enum") && !check.equals("set")) {
            throw new IllegalArgumentException("type rule " + id + ": unknown check " + check + " (enum or set)");
        }
        if (declare != null && !declare.equals(DECLARE_ENUM)) {
            throw new IllegalArgumentException("type rule " + id + ": unknown declare " + declare + " (enum)");
        }
        actionCode(id, action);
    }

    /** {@code declare} asking for an enum type of the column's own. */
    public static final String DECLARE_ENUM = "enum";

    /**
     * The conditions of a rule. On a canonical type {@code type} names its Calcite type or its
     * extension, and the first argument is spelled {@code precision}, {@code precisionMin}...
     */
    public record Match(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> type,
                        @JsonAlias("precision") Integer length,
                        @JsonAlias("precisionMin") Integer lengthMin,
                        @JsonAlias("precisionMax") Integer lengthMax,
                        Integer scaleMin, Integer scaleMax,
                        Boolean unsigned, Boolean autoIncrement,
                        @JsonAlias("precisionUnset") Boolean lengthUnset,
                        Boolean scaleUnset, String modifier, Boolean large, Boolean scaleAbovePrecision,
                        String column, Boolean key, Boolean hasDefault) {

        public Match {
            type = type == null ? null : type.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            if (column != null) new NamePattern(null, column, null);
        }

        boolean matches(TypeFacts t, ColumnFacts c) {
            return matchesType(t, c.autoIncrement())
                    && (column == null || c.name() != null && new NamePattern(null, column, null).match(c.name()) != null)
                    && (key == null || c.name() != null && key == c.key())
                    && (hasDefault == null || c.name() != null && hasDefault == c.hasDefault());
        }

        private boolean matchesType(TypeFacts t, boolean isAutoIncrement) {
            return (type == null || t.names().stream().anyMatch(type::contains))
                    && (length == null || length.equals(t.length()))
                    && (lengthMin == null || t.length() != null && t.length() >= lengthMin)
                    && (lengthMax == null || t.length() != null && t.length() <= lengthMax)
                    && (scaleMin == null || t.scale() != null && t.scale() >= scaleMin)
                    && (scaleMax == null || t.scale() != null && t.scale() <= scaleMax)
                    && (unsigned == null || unsigned == t.has("unsigned"))
                    && (autoIncrement == null || autoIncrement == isAutoIncrement)
                    && (lengthUnset == null || lengthUnset == (t.length() == null))
                    && (scaleUnset == null || scaleUnset == (t.scale() == null))
                    && (modifier == null || t.has(modifier.toLowerCase(Locale.ROOT)))
                    && (large == null || large == t.has("large"))
                    && (scaleAbovePrecision == null || scaleAbovePrecision
                            == (t.length() != null && t.scale() != null && t.scale() > t.length()));
        }
    }

    /** Whether the rule applies to {@code type}: its conditions hold and its template can be filled. */
    boolean matches(TypeFacts type, ColumnFacts column) {
        return (match == null || match.matches(type, column)) && type.expand(target) != null;
    }

    /** The spelling of {@code type}; call only when {@link #matches} holds. */
    String spell(TypeFacts type) {
        return type.expand(target);
    }

    ActionCode actionCode() {
        return actionCode(id, action);
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException(what + " without an id");
    }

    /** The action code a rule names, null for none; an unknown code is a broken rules file. */
    static ActionCode actionCode(String ruleId, String action) {
        if (action == null) return null;
        ActionCode code = ActionCatalogue.byCode(action);
        if (code == null) throw new IllegalArgumentException("type rule " + ruleId + " names unknown action " + action);
        return code;
    }
}
