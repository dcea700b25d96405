package org.schemashift.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What turns a table, as a target writes its CREATE TABLE (one column or constraint a line, indented, between the
 * line that opens the list and the one that closes it), into the same table written after a change: columns
 * added or changed and constraints added, as ALTER TABLE statements the target spells. Null when the change is
 * more than that: an element gone, the table's other text changed. Both targets add a column or constraint
 * as {@code ALTER TABLE t ADD [COLUMN] element}; each changes a column its own way.
 */
public final class TableAlteration {
    private static final List<String> CONSTRAINT_WORDS = List.of("CONSTRAINT ", "PRIMARY KEY", "UNIQUE ", "KEY ", "INDEX ",
            "FOREIGN KEY", "CHECK ");

    /** How a target changes column {@code name} (as written) of {@code table} to {@code element}; null when it has no statement for it. */
    @FunctionalInterface
    public interface Spelling {
        String changeColumn(String table, String name, String element);
    }

    private TableAlteration() {
    }

    /** The statements, one a line, that turn {@code before} into {@code after}; null when there are none or they are not only those. */
    public static String of(String table, String before, String after, Spelling spelling) {
        Parts was = Parts.of(before);
        Parts is = Parts.of(after);
        if (was == null || is == null || !was.head.equals(is.head) || !was.tail.equals(is.tail)) return null;
        List<String> statements = new ArrayList<>();
        for (Map.Entry<String, String> element : is.elements.entrySet()) {
            String old = was.elements.get(element.getKey());
            if (element.getValue().equals(old)) continue;
            String name = element.getKey();
            String statement = old != null ? spelling.changeColumn(table, name, element.getValue())
                    : "ALTER TABLE " + table + (constraint(element.getValue()) ? " ADD " : " ADD COLUMN ") + element.getValue() + ";";
            if (statement == null) return null;
            statements.add(statement);
        }
        if (!is.elements.keySet().containsAll(was.elements.keySet()) || statements.isEmpty()) return null;
        return String.join("\n", statements);
    }

    private static boolean constraint(String element) {
        String upper = element.toUpperCase(Locale.ROOT);
        return CONSTRAINT_WORDS.stream().anyMatch(upper::startsWith);
    }

    /** A CREATE TABLE's text before its element list, the elements by their leading name, and the text after. */
    private record Parts(String head, Map<String, String> elements, String tail) {
        static Parts of(String create) {
            int open = create.indexOf("(\n");
            int close = create.indexOf("\n)", open);
            if (open < 0 || close < 0) return null;
            Map<String, String> elements = new LinkedHashMap<>();
            for (String line : create.substring(open + 2, close).split("\n")) {
                String element = line.strip().replaceFirst(",$", "");
                if (elements.put(constraint(element) ? element : leadingName(element), element) != null) return null;
            }
            return new Parts(create.substring(0, open), elements, create.substring(close));
        }
    }

    /** The element's first word: a quoted name to its closing quote, else up to the first space. */
    static String leadingName(String element) {
        char quote = element.isEmpty() ? ' ' : element.charAt(0);
        int end = quote == '"' || quote == '`' ? element.indexOf(quote, 1) + 1 : element.indexOf(' ');
        return end <= 0 ? element : element.substring(0, end);
    }
}
