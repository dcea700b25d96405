package org.schemashift.report;

/** Escaping for text and attribute values in report.html. */
final class Html {
    private Html() {
    }

    /** The text itself when it holds nothing to escape (most names and messages), so it is not copied. */
    static String escape(String s) {
        if (s == null) return "";
        int first = 0;
        while (first < s.length() && replacement(s.charAt(first)) == null) first++;
        if (first == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = replacement(c);
            if (entity == null) out.append(c);
            else out.append(entity);
        }
        return out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
