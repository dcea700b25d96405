package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A user's rule giving objects of one {@code kind} another name: those whose source name matches
 * ({@code name}, {@code glob} or {@code regex}, see {@link NamePattern}), in a schema matching
 * {@code schema} when given; a column, index, constraint or trigger only on a table whose name matches
 * the glob {@code table} when given. The new name is {@code to} ({@code $1}... the pattern's captures), else
 * the source name; then {@code removePrefix}/{@code removeSuffix} (when present, case-insensitive)
 * and {@code addPrefix}/{@code addSuffix}. {@code case}: {@code lower}, {@code upper}, or
 * {@code preserve} (exactly as the rule spells it, quoted in the target where needed); absent, the
 * new name is folded like the source name was (an ordinary Oracle name becomes lower case).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RenameRule(String id, NameKind kind, String name, String glob, String regex, String schema, String table,
                         String to,
                         String addPrefix, String removePrefix, String addSuffix, String removeSuffix,
                         @JsonProperty("case") CasePolicy casePolicy) {

    /** How a renamed name is cased in the target. */
    public enum CasePolicy {
        @JsonProperty("lower") LOWER, @JsonProperty("upper") UPPER, @JsonProperty("preserve") PRESERVE
    }

    public RenameRule {
        TypeRule.requireId(id, "rename rule");
        if (kind == null) throw new IllegalArgumentException("rename rule " + id + " has no kind (" + NameKind.known() + ")");
        new NamePattern(name, glob, regex);
        if (to == null && addPrefix == null && removePrefix == null && addSuffix == null && removeSuffix == null
                && casePolicy == null) {
            throw new IllegalArgumentException("rename rule " + id
                    + " changes nothing: give to, addPrefix, removePrefix, addSuffix, removeSuffix or case");
        }
        if (schema != null && kind == NameKind.SCHEMA) {
            throw new IllegalArgumentException("rename rule " + id + ": a schema has no schema condition");
        }
        if (table != null && !TABLE_MEMBERS.contains(kind)) {
            throw new IllegalArgumentException("rename rule " + id + ": a table condition is for a column, index, constraint or"
                    + " trigger, not a " + kind.id());
        }
    }

    private static final java.util.Set<NameKind> TABLE_MEMBERS = java.util.EnumSet.of(NameKind.COLUMN, NameKind.INDEX,
            NameKind.CONSTRAINT, NameKind.TRIGGER);

    NamePattern pattern() {
        return new NamePattern(name, glob, regex);
    }

    /**
     * The new name of {@code sourceName} in schema {@code sourceSchema} (null: none) and, for a member
     * of a table, table {@code sourceTable}; null when the rule does not apply.
     */
    public String rename(String sourceSchema, String sourceTable, String sourceName) {
        if (schema != null && (sourceSchema == null || !schema.equalsIgnoreCase(sourceSchema))) return null;
        if (table != null && (sourceTable == null || new NamePattern(null, table, null).match(sourceTable) == null)) return null;
        Matcher m = pattern().match(sourceName);
        if (m == null) return null;
        String result = to == null ? sourceName : expand(m);
        if (removePrefix != null && result.toLowerCase(Locale.ROOT).startsWith(removePrefix.toLowerCase(Locale.ROOT))) {
            result = result.substring(removePrefix.length());
        }
        if (removeSuffix != null && result.toLowerCase(Locale.ROOT).endsWith(removeSuffix.toLowerCase(Locale.ROOT))) {
            result = result.substring(0, result.length() - removeSuffix.length());
        }
        if (addPrefix != null) result = addPrefix + result;
        if (addSuffix != null) result = result + addSuffix;
        if (result.isEmpty()) throw new IllegalArgumentException("rename rule " + id + " leaves " + sourceName + " without a name");
        return result;
    }

    /** {@code to} with $1... replaced by the captures; a capture the pattern lacks is an error. */
    private String expand(Matcher m) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < to.length(); i++) {
            char c = to.charAt(i);
            if (c == '$' && i + 1 < to.length() && Character.isDigit(to.charAt(i + 1))) {
                int group = to.charAt(++i) - '0';
                if (group > m.groupCount()) {
                    throw new IllegalArgumentException("rename rule " + id + ": to uses $" + group + " but the pattern has "
                            + m.groupCount() + " group(s)");
                }
                out.append(m.group(group));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
