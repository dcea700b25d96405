package org.schemashift.apply;

import java.util.Map;
import java.util.function.Function;

/**
 * Where the password comes from, never the command line (which other users can read in the
 * process list and shells keep in history): the variable named by --password-env, else a prompt
 * when --password-prompt is given, else PGPASSWORD as psql reads it, else none (trust or peer
 * authentication, or a password the driver finds itself).
 */
public final class PasswordSource {
    static final String DEFAULT_VARIABLE = "PGPASSWORD";

    private final Map<String, String> environment;
    private final Function<String, char[]> prompt;

    /** {@code prompt} reads a password without echo for a prompt text (null when no terminal). */
    public PasswordSource(Map<String, String> environment, Function<String, char[]> prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    public char[] resolve(String variable, boolean askUser, String user) {
        if (variable != null) {
            String value = environment.get(variable);
            if (value == null) throw new IllegalArgumentException("--password-env " + variable + ": the variable is not set");
            return value.toCharArray();
        }
        if (askUser) {
            char[] typed = prompt.apply("Password for " + (user == null ? "the database user" : user) + ": ");
            if (typed == null) throw new IllegalArgumentException("--password-prompt needs a terminal; use --password-env");
            return typed;
        }
        String fromDefault = environment.get(DEFAULT_VARIABLE);
        return fromDefault == null ? null : fromDefault.toCharArray();
    }
}
