package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineTraits;

/**
 * Lengths, precisions and scales of parameters and results, which PostgreSQL drops from a routine's
 * signature ({@code numeric(12,2)} is taken as {@code numeric}). Where the declared type has one
 * (or is a %TYPE anchor, which carries the column's), the body applies it as the source does: each
 * IN and IN OUT parameter is assigned on entry to a variable of the declared type and back, and a
 * function's RETURN value goes through a variable of the result type. PL/pgSQL's assignment rounds
 * numbers to the scale and rejects too many digits or too long strings (SQLSTATE 22003 / 22001),
 * as MySQL's strict mode and Oracle's anchored types do. Where the source cuts a too long string
 * instead (T-SQL, {@link RoutineTraits#cutsLongStrings()}), a character parameter is cast to its type on
 * entry and a character result on RETURN: PostgreSQL's explicit cast to {@code varchar(n)} / {@code char(n)}
 * cuts as SQL Server's conversion does.
 */
final class PlPgSqlTypeModifiers {
    static final String RESULT = "ss_result";

    private PlPgSqlTypeModifiers() {
    }

    /** True when PostgreSQL would drop part of {@code type} in a signature. */
    static boolean constrains(ProcType type) {
        if (type instanceof ProcType.Declared declared) return declared.type().name().contains("(");
        if (type instanceof ProcType.Anchored anchored) {
            return anchored.resolved() != null ? constrains(anchored.resolved()) : anchored.anchor() == ProcType.Anchor.TYPE;
        }
        return false;
    }

    /**
     * The lines that open a routine's body: every constrained IN or IN OUT parameter the body names,
     * through its declared type (a parameter it never names needs no check: its value is never used).
     */
    static List<String> onEntry(List<Parameter> parameters, PlPgSqlContext context, PlPgSqlTypes types, boolean cutsLongStrings) {
        List<String> lines = new ArrayList<>();
        boolean assigned = false;
        boolean cut = false;
        for (Parameter parameter : parameters) {
            if (parameter.mode() == ParameterMode.OUT || !constrains(parameter.type()) || !context.scan.mentions(parameter.name())) continue;
            String name = context.name(parameter.name());
            String type = types.spell(parameter.type());
            if (cutsLongStrings && isCharacter(type)) {
                lines.add(name + " := CAST(" + name + " AS " + type + ");");
                cut = true;
                continue;
            }
            String typed = PostgresqlIdentifiers.shorten("ss_" + context.bare(parameter.name()));
            context.declareGenerated(typed, type);
            lines.add(typed + " := " + name + ";");
            lines.add(name + " := " + typed + ";");
            assigned = true;
        }
        if (assigned) {
            context.items.decided(parameters.get(0).span(), "plpgsql.parameter-typmod-on-entry", "parameters declared with a"
                    + " length, precision or scale are assigned to a variable of that type on entry, so rounding and length"
                    + " errors happen as in the source");
        }
        if (cut) {
            context.items.decided(parameters.get(0).span(), "plpgsql.parameter-string-cut-on-entry", "character parameters"
                    + " declared with a length are cast to it on entry: a longer argument is cut to that length, as SQL Server"
                    + " cuts it, where PostgreSQL would pass it whole");
        }
        return lines;
    }

    /** True for PostgreSQL's character types with a length, which an explicit cast cuts to that length. */
    static boolean isCharacter(String type) {
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("varchar(") || lower.startsWith("char(") || lower.startsWith("character(")
                || lower.startsWith("character varying(") || lower.startsWith("bpchar(");
    }

    /** The type a function's RETURN values are assigned to first, or null when the result type has nothing PostgreSQL drops. */
    static String resultType(Returns returns, PlPgSqlTypes types) {
        return returns == null || returns.setOf() || !constrains(returns.type()) ? null : types.spell(returns.type());
    }
}
