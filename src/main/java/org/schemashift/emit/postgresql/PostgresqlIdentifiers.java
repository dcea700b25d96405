package org.schemashift.emit.postgresql;

import java.util.Set;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.model.NameCase;
import org.schemashift.plan.IdentifierSpelling;
import org.schemashift.plan.TargetNaming;

/**
 * PostgreSQL's identifier rules as data for the planner's naming policy: 63 bytes (NAMEDATALEN - 1;
 * PostgreSQL truncates longer names silently, so they are shortened first), unquoted names fold to
 * lower case, so a name is quoted when it is not a plain lower-case identifier or is a keyword.
 */
public final class PostgresqlIdentifiers {
    static final TargetCapabilities.Identifiers RULES = new TargetCapabilities.Identifiers(63,
            TargetCapabilities.LengthUnit.BYTES, TargetCapabilities.UnquotedCase.LOWER, true, '"',
            "/org/schemashift/emit/postgresql/keywords.txt", "[a-z_][a-z0-9_$]*");
    private static final IdentifierSpelling SPELLING = new IdentifierSpelling(RULES);

    private final TargetNaming naming;

    public PostgresqlIdentifiers(NameCase sourceCase) {
        this.naming = new TargetNaming(sourceCase, RULES);
    }

    /** The identifiers of a conversion whose naming policy is {@code naming}. */
    public PostgresqlIdentifiers(TargetNaming naming) {
        this.naming = naming;
    }

    /** The naming policy for names from a source with this instance's name case. */
    public TargetNaming naming() {
        return naming;
    }

    /** The target spelling of a source name, before quoting and shortening. */
    public String fold(String sourceName) {
        return naming.fold(sourceName);
    }

    /** {@code name} cut to the byte limit, or itself when it fits. */
    public static String shorten(String name) {
        return SPELLING.shorten(name);
    }

    public static boolean needsQuotes(String name) {
        return SPELLING.needsQuotes(name);
    }

    /** {@code name} as it must appear in SQL. */
    public static String quote(String name) {
        return SPELLING.quote(name);
    }

    static Set<String> keywords() {
        return SPELLING.keywords();
    }
}
