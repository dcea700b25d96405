package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the condition of a {@code $IF} / {@code $ELSIF} (Oracle's static boolean expressions):
 * TRUE, FALSE, NULL, integers and strings, inquiry directives and package constants, comparisons,
 * IS [NOT] NULL, NOT, AND, OR and parentheses, with SQL's three-valued logic. What the value of a
 * name is: see {@link PlSqlPreprocessor}.
 */
final class CompileTimeCondition {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\$\\$[A-Za-z0-9_$#]+|[A-Za-z][A-Za-z0-9_$#]*(?:\\.[A-Za-z][A-Za-z0-9_$#]*)*|\\d+|'(?:[^']|'')*'|<>|!=|\\^=|~=|<=|>=|[=<>()])");
    private static final Pattern VER_LE = Pattern.compile("DBMS_DB_VERSION\\.VER_LE_(\\d+)(?:_(\\d+))?");

    private final List<String> tokens = new ArrayList<>();
    private final int version;
    private final int release;
    private int next;

    CompileTimeCondition(String condition, int version, int release) {
        this.version = version;
        this.release = release;
        Matcher m = TOKEN.matcher(condition);
        int at = 0;
        while (at < condition.length() && m.find(at) && m.start() == at) {
            tokens.add(m.group(1));
            at = m.end();
        }
        if (!condition.substring(at).isBlank()) tokens.add("?");
    }

    /** TRUE, FALSE or null (NULL); a condition it cannot read is null. */
    Boolean evaluate() {
        try {
            Object value = or();
            return next == tokens.size() && (value == null || value instanceof Boolean) ? (Boolean) value : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private Object or() {
        Object left = and();
        while (accept("OR")) {
            Object right = and();
            left = Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right) ? Boolean.TRUE
                    : left == null || right == null ? null : Boolean.FALSE;
        }
        return left;
    }

    private Object and() {
        Object left = not();
        while (accept("AND")) {
            Object right = not();
            left = Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right) ? Boolean.FALSE
                    : left == null || right == null ? null : Boolean.TRUE;
        }
        return left;
    }

    private Object not() {
        if (accept("NOT")) {
            Object value = not();
            return value == null ? null : !(Boolean) value;
        }
        return comparison();
    }

    private Object comparison() {
        Object left = operand();
        if (accept("IS")) {
            boolean negated = accept("NOT");
            expect("NULL");
            return negated == (left != null);
        }
        String op = peek();
        if (op == null || !List.of("=", "<>", "!=", "^=", "~=", "<", ">", "<=", ">=").contains(op)) return left;
        next++;
        Object right = operand();
        if (left == null || right == null) return null;
        int c = left instanceof Integer a && right instanceof Integer b ? Integer.compare(a, b) : left.toString().compareTo(right.toString());
        return switch (op) {
            case "=" -> c == 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case ">=" -> c >= 0;
            default -> c != 0;
        };
    }

    private Object operand() {
        String token = peek();
        if (token == null) throw new IllegalStateException("condition ends early");
        next++;
        if (token.equals("(")) {
            Object value = or();
            expect(")");
            return value;
        }
        if (token.startsWith("'")) return token.substring(1, token.length() - 1).replace("''", "'");
        if (Character.isDigit(token.charAt(0))) return Integer.valueOf(token);
        return value(token.toUpperCase(Locale.ROOT));
    }

    /** The value of a name: the literals, Oracle 19c's DBMS_DB_VERSION, $$PLSQL_OPTIMIZE_LEVEL; NULL for the rest. */
    private Object value(String name) {
        switch (name) {
            case "TRUE": return Boolean.TRUE;
            case "FALSE": return Boolean.FALSE;
            case "NULL": return null;
            case "DBMS_DB_VERSION.VERSION": return version;
            case "DBMS_DB_VERSION.RELEASE": return release;
            case "$$PLSQL_OPTIMIZE_LEVEL": return 2;
            default: break;
        }
        Matcher m = VER_LE.matcher(name);
        if (m.matches()) {
            int v = Integer.parseInt(m.group(1));
            return v > version || (v == version && (m.group(2) == null || Integer.parseInt(m.group(2)) >= release));
        }
        if (name.equals("?")) throw new IllegalStateException("unreadable condition");
        return null;
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private boolean accept(String word) {
        if (word.equalsIgnoreCase(peek())) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String word) {
        if (!accept(word)) throw new IllegalStateException("expected " + word);
    }
}
