package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL*Plus substitution variables as a script run sees them: values from
 * {@code convert --define name=value}, then DEFINE lines in script order and the DEFAULT of ACCEPT
 * lines (for variables without a value; a batch run takes the default); SET DEFINE OFF turns
 * substitution off (scripts do that to keep {@code &} in string literals). Names are
 * case-insensitive. {@code &name.} ends the name at the dot, which is consumed, as in SQL*Plus.
 */
final class SubstitutionVariables {
    private static final Pattern REFERENCE = Pattern.compile("&&?([A-Za-z0-9_$#]+)\\.?");
    /** DEFINE name = 'quoted value' | "quoted value" | word; anything after it (a comment) is not the value. */
    private static final Pattern DEFINE = Pattern.compile("(?i)DEF(?:INE)?\\s+([A-Za-z0-9_$#]+)\\s*=\\s*('[^']*'|\"[^\"]*\"|\\S+).*");
    /** ACCEPT name ... DEFAULT 'value': the answer a script run without a terminal would take. */
    private static final Pattern ACCEPT = Pattern.compile("(?i)ACC(?:EPT)?\\s+([A-Za-z0-9_$#]+)\\b.*\\bDEF(?:AULT)?\\s+('[^']*'|\"[^\"]*\"|\\S+).*");
    private static final Pattern SET_DEFINE = Pattern.compile("(?i)SET\\s+(?:DEFINE|DEF|SCAN)\\s+([^\\s;]+).*");

    /** The statement with every known variable replaced, and the names that had no value. */
    record Result(String text, List<String> undefined) {}

    private final Map<String, String> values = new HashMap<>();
    private boolean enabled = true;

    SubstitutionVariables(Map<String, String> defines) {
        defines.forEach((k, v) -> values.put(k.toUpperCase(Locale.ROOT), v));
    }

    /** Applies a SQL*Plus command line's effect on variables (DEFINE x = v, SET DEFINE OFF / ON). */
    void apply(String command) {
        String line = command.strip();
        Matcher define = DEFINE.matcher(line);
        if (define.matches()) {
            // DEFINE to_user = '&1' takes a script argument: it resolves only when --define gives &1 a value;
            // otherwise a value the user gave for the variable itself is kept.
            Result value = substitute(unquote(define.group(2)));
            if (value.undefined().isEmpty()) values.put(define.group(1).toUpperCase(Locale.ROOT), value.text());
            return;
        }
        Matcher accept = ACCEPT.matcher(line);
        if (accept.matches()) {
            String name = accept.group(1).toUpperCase(Locale.ROOT);
            Result value = substitute(unquote(accept.group(2)));
            if (!values.containsKey(name) && value.undefined().isEmpty()) values.put(name, value.text());
            return;
        }
        Matcher set = SET_DEFINE.matcher(line);
        if (set.matches()) {
            String value = set.group(1).toUpperCase(Locale.ROOT);
            if (value.equals("OFF")) enabled = false;
            else if (value.equals("ON")) enabled = true;
        }
    }

    Result substitute(String text) {
        if (!enabled || text.indexOf('&') < 0) return new Result(text, List.of());
        List<String> undefined = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).toUpperCase(Locale.ROOT));
            if (value == null) {
                if (!undefined.contains(m.group(1))) undefined.add(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
        }
        m.appendTail(out);
        return new Result(out.toString(), undefined);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
