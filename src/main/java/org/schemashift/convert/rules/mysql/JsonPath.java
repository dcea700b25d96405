package org.schemashift.convert.rules.mysql;

import java.util.ArrayList;
import java.util.List;

/**
 * A MySQL JSON path of object keys and array indexes ({@code $}, {@code .key}, {@code ."quoted key"}, {@code [n]},
 * https://dev.mysql.com/doc/refman/8.0/en/json.html#json-path-syntax) read as its steps, indexes in decimal.
 */
final class JsonPath {
    private JsonPath() {
    }

    /** The steps of {@code path}, empty for '$'; null for a wildcard, a range, last, or text that is no path. */
    static List<String> steps(String path) {
        String s = path.strip();
        if (!s.startsWith("$")) return null;
        List<String> steps = new ArrayList<>();
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                int end = i + 1 < s.length() && s.charAt(i + 1) == '"' ? quotedEnd(s, i + 1) : unquotedEnd(s, i + 1);
                if (end < 0) return null;
                steps.add(s.charAt(i + 1) == '"' ? unescape(s.substring(i + 2, end - 1)) : s.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                String index = close < 0 ? "" : s.substring(i + 1, close).strip();
                if (!index.matches("[0-9]+")) return null;
                steps.add(index.replaceFirst("^0+(?=.)", ""));
                i = close + 1;
            } else {
                return null;
            }
        }
        return steps;
    }

    /** The end of an unquoted key: letters, digits, '_' and '$' (an ECMAScript identifier); -1 when empty. */
    private static int unquotedEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) i++;
        return i == from ? -1 : i;
    }

    /** Just past the closing quote of the key whose opening quote is at {@code from}; -1 when unterminated. */
    private static int quotedEnd(String s, int from) {
        for (int i = from + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == '"') return i + 1;
        }
        return -1;
    }

    private static String unescape(String key) {
        return key.replaceAll("\\\\(.)", "$1");
    }
}
