package org.schemashift.convert;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.model.ActionCode;
import org.schemashift.model.DataType;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

/**
 * Source data types to target types through the type rules, wherever a type is written: columns,
 * type attributes, variables and parameters of procedural code. Each conversion is recorded as a
 * decision under its rule ids; a type no rule maps is reported and written unchanged, except a user
 * type of the input, which keeps its own name.
 */
public final class TargetTypes {
    private final TypeRules rules;
    private final ActionItems items;
    private final Set<String> userTypes = new HashSet<>();

    public TargetTypes(TypeRules rules, ActionItems items) {
        this.rules = rules;
        this.items = items;
    }

    /** Makes the user type {@code name} known, so values of it keep the type. */
    public void addUserType(String name) {
        userTypes.add(name.toLowerCase(Locale.ROOT));
    }

    public boolean isUserType(DataType type) {
        return userTypes.contains(type.name().toLowerCase(Locale.ROOT));
    }

    /** The target type of a type written at {@code where} (not a column, so never an identity). */
    public DataType convert(DataType source, SourceSpan span, String where) {
        TypeResolution resolved = rules.resolve(source, false);
        if (resolved != null) {
            record(resolved, source, span, where);
            return spelled(resolved, source);
        }
        if (!isUserType(source)) notMapped(source, span, where);
        return source;
    }

    /** The target type of {@code source} as {@link #convert} gives it, without reporting anything (for comparing types). */
    public DataType spelling(DataType source) {
        TypeResolution resolved = rules.resolve(source, false);
        return resolved == null ? source : spelled(resolved, source);
    }

    /**
     * A target type as PostgreSQL tells routine signatures apart: without length, precision or
     * scale, its aliases under one name ({@code varchar} and {@code character varying}).
     */
    public static String identity(DataType target) {
        String name = target.name().toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
        return switch (name) {
            case "character varying" -> "varchar";
            case "character", "char" -> "bpchar";
            case "decimal" -> "numeric";
            case "int", "int4" -> "integer";
            case "int8" -> "bigint";
            case "int2" -> "smallint";
            case "float8" -> "double precision";
            case "float4" -> "real";
            case "timestamp without time zone" -> "timestamp";
            case "timestamp with time zone" -> "timestamptz";
            case "time without time zone" -> "time";
            case "bool" -> "boolean";
            default -> name;
        };
    }

    /** The source type's family, for the expression rules. */
    public TypeFamily family(DataType source) {
        return rules.family(source, false);
    }

    TypeResolution resolve(DataType source, boolean identity) {
        return rules.resolve(source, identity);
    }

    TypeResolution resolve(DataType source, ColumnFacts column) {
        return rules.resolve(source, column);
    }

    /**
     * The target type: the rules' spelling, with the source's character set and collation (a MySQL
     * target keeps them), including MySQL's BINARY attribute, shorthand for the binary collation.
     */
    static DataType spelled(TypeResolution resolved, DataType source) {
        Set<String> collation = source.has("binary") ? Set.of("binary") : Set.of();
        return new DataType(resolved.spelling(), null, null, collation, List.of(), source.charset(), source.collation(),
                resolved.spelling());
    }

    void notMapped(DataType source, SourceSpan span, String where) {
        items.add(GeneralCode.TYPE_NOT_MAPPED, span, where + ": no rule maps type " + source.sourceText()
                + "; it is written unchanged");
    }

    /** Records the decision under the rule ids, and raises the rules' action items. */
    void record(TypeResolution resolved, DataType source, SourceSpan span, String where) {
        String what = where + ": " + source.sourceText() + " becomes " + resolved.spelling();
        for (ActionCode code : resolved.actions()) {
            items.add(code, span, what + " (rule " + resolved.ruleId() + ")");
        }
        items.decided(span, resolved.ruleId(), what);
    }
}
