package org.schemashift.emit.postgresql;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Transaction-local custom settings ({@code set_config(name, value, true)}): how the trigger
 * functions of one statement pass facts to each other (which columns the UPDATE names, a compound
 * trigger's variables). A setting holds text; an error undoes what the failed statement set, as it
 * undoes the statement's rows. Statement-level triggers set them through one small function that
 * sets the setting named by its first argument to its second.
 */
final class PlPgSqlSettings {

    private PlPgSqlSettings() {
    }

    /** {@code schemashift.<part>__<part>...}: the parts (target names) joined, lower case, other characters as _. */
    static String name(String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null).collect(Collectors.joining("__")).toLowerCase(Locale.ROOT);
        return "schemashift." + joined.chars().mapToObj(c -> c < 128 && Character.isLetterOrDigit(c) ? String.valueOf((char) c) : "_")
                .collect(Collectors.joining());
    }

    /** The trigger function that sets the setting TG_ARGV[0] to TG_ARGV[1]; OR REPLACE, as several triggers may create it. */
    static String setterFunction(String function) {
        return setter(function, "TG_ARGV[0]");
    }

    /**
     * As {@link #setterFunction}, for a fact about the statement that fires the trigger: the setting is TG_ARGV[0]
     * of the trigger depth it fires at ({@link #ofStatement}), so a statement that a trigger's body runs (one level
     * deeper) has settings of its own and leaves those of the outer statement as they are.
     */
    static String statementSetterFunction(String function) {
        return setter(function, ofStatement("TG_ARGV[0]"));
    }

    /** The name of {@code setting} (a text expression) for the statement whose triggers run at the current depth. */
    static String ofStatement(String setting) {
        return setting + " || '_' || pg_trigger_depth()";
    }

    private static String setter(String function, String setting) {
        return "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS "
                + PlPgSqlEmitter.dollarQuoted("BEGIN\n    PERFORM set_config(" + setting + ", TG_ARGV[1], true);\n    RETURN NULL;\nEND;\n")
                + ";\n";
    }

    /** A statement-level trigger that runs {@code function} to set {@code setting} to {@code value}. */
    static String setterTrigger(String trigger, String timingAndEvents, String table, String function, String setting,
                                String value) {
        return "CREATE OR REPLACE TRIGGER " + trigger + " " + timingAndEvents + " ON " + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "('" + setting + "', '" + value + "');\n";
    }
}
