package org.schemashift.apply;

import java.util.Map;
import java.util.function.Function;

/**
 * Where the password comes from, never the command line (which other users can read in the
 * process list and shells keep in history): the variable named by --password-env, else a prompt
 * when --password-prompt is given, else the variable the target's own client reads (PGPASSWORD for
 * psql, MYSQL_PWD for mysql), else none (trust or peer authentication, or a password the driver
 * finds itself).
 */
public final class PasswordSource {
    private final Map<String, String> environment;
    private final Function<String, char[]> prompt;
    private final String defaultVariable;

    /**
     * {@code prompt} reads a password without echo for a prompt text (null when no terminal);
     * {@code defaultVariable} is the target's {@link TargetDatabase#passwordVariable()}.
     */
    public PasswordSource(Map<String, String> environment, Function<String, char[]> prompt, String defaultVariable) {
        this.environment = environment;
        this.prompt = prompt;
        this.defaultVariable = defaultVariable;
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
        String fromDefault = environment.get(defaultVariable);
        return fromDefault == null ? null : fromDefault.toCharArray();
    }
}
