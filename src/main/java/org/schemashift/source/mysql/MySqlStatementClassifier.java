package org.schemashift.source.mysql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.schemashift.model.ObjectKind;
import org.schemashift.source.mysql.grammar.MySqlLexer;

/**
 * Decides from a statement's first tokens what to do with it, before any parse:
 * <ul>
 *   <li>PARSE: CREATE TABLE / INDEX / DATABASE / SCHEMA, ALTER TABLE, DROP TABLE / INDEX / DATABASE /
 *       SCHEMA / VIEW / PROCEDURE / FUNCTION / TRIGGER / EVENT, RENAME TABLE, USE, SET, LOCK / UNLOCK
 *       TABLES, START TRANSACTION, BEGIN, COMMIT, ROLLBACK, CREATE / ALTER VIEW.</li>
 *   <li>PARSE also: CREATE PROCEDURE / FUNCTION / TRIGGER / EVENT (stored programs).</li>
 *   <li>UNSUPPORTED: ALTER of procedures, functions and events (kind
 *       PROCEDURE, FUNCTION, TRIGGER, EVENT, with the name; MariaDB's CREATE SEQUENCE is kind SEQUENCE; DEFINER, ALGORITHM, SQL SECURITY and
 *       OR REPLACE are looked past), GRANT / REVOKE (kind GRANT), and any other statement (kind
 *       OTHER).</li>
 *   <li>IGNORE: INSERT and REPLACE (data, not schema; kind OTHER, name = the target table).</li>
 * </ul>
 * For PARSE the kind and name are a first guess, used when the statement then fails to parse.
 */
final class MySqlStatementClassifier {

    enum Action { PARSE, UNSUPPORTED, IGNORE }

    record Classification(Action action, ObjectKind kind, String name, String leadingWords) {
    }

    private static final Set<Integer> DROPPABLE = Set.of(MySqlLexer.TABLE, MySqlLexer.TEMPORARY, MySqlLexer.INDEX,
            MySqlLexer.DATABASE, MySqlLexer.SCHEMA, MySqlLexer.VIEW, MySqlLexer.PROCEDURE, MySqlLexer.FUNCTION,
            MySqlLexer.TRIGGER, MySqlLexer.EVENT);

    private final List<Token> tokens;

    private MySqlStatementClassifier(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Classification classify(List<Token> leadingTokens) {
        return new MySqlStatementClassifier(leadingTokens).classify();
    }

    private Classification classify() {
        switch (type(0)) {
            case MySqlLexer.CREATE: return create();
            case MySqlLexer.ALTER: return alter();
            case MySqlLexer.DROP:
                if (DROPPABLE.contains(type(1))) {
                    return parse(kindOf(type(1) == MySqlLexer.TEMPORARY ? MySqlLexer.TABLE : type(1)), null);
                }
                return unsupported(ObjectKind.OTHER, null);
            case MySqlLexer.RENAME:
                return type(1) == MySqlLexer.TABLE ? parse(ObjectKind.TABLE, name(2)) : unsupported(ObjectKind.OTHER, null);
            case MySqlLexer.USE:
                return parse(ObjectKind.SCHEMA, name(1));
            case MySqlLexer.START:
                return type(1) == MySqlLexer.TRANSACTION ? parse(ObjectKind.OTHER, null) : unsupported(ObjectKind.OTHER, null);
            case MySqlLexer.SET: case MySqlLexer.LOCK: case MySqlLexer.UNLOCK: case MySqlLexer.BEGIN:
            case MySqlLexer.COMMIT: case MySqlLexer.ROLLBACK:
                return parse(ObjectKind.OTHER, null);
            case MySqlLexer.INSERT: case MySqlLexer.REPLACE:
                return new Classification(Action.IGNORE, ObjectKind.OTHER, insertTarget(), leadingWords(1));
            default:
                if (is(0, "GRANT") || is(0, "REVOKE")) {
                    return unsupported(ObjectKind.GRANT, null);
                }
                return unsupported(ObjectKind.OTHER, null);
        }
    }

    private Classification create() {
        int i = skipCreatePrefix(1);
        switch (type(i)) {
            case MySqlLexer.TABLE: return parse(ObjectKind.TABLE, name(afterIfExists(i + 1)));
            case MySqlLexer.TEMPORARY: return parse(ObjectKind.TABLE, name(afterIfExists(i + 2)));
            case MySqlLexer.INDEX: return parse(ObjectKind.INDEX, name(i + 1));
            case MySqlLexer.UNIQUE: case MySqlLexer.FULLTEXT: case MySqlLexer.SPATIAL:
                return parse(ObjectKind.INDEX, name(i + 2));
            case MySqlLexer.DATABASE: case MySqlLexer.SCHEMA:
                return parse(ObjectKind.SCHEMA, name(afterIfExists(i + 1)));
            case MySqlLexer.VIEW:
                return parse(ObjectKind.VIEW, name(i + 1));
            case MySqlLexer.PROCEDURE: case MySqlLexer.FUNCTION: case MySqlLexer.TRIGGER: case MySqlLexer.EVENT:
                return parse(kindOf(type(i)), name(afterIfExists(i + 1)));
            default:
                if (is(i, "SEQUENCE")) {
                    return unsupported(ObjectKind.SEQUENCE, name(afterIfExists(i + 1)));
                }
                return unsupported(ObjectKind.OTHER, null);
        }
    }

    private Classification alter() {
        int i = skipCreatePrefix(1);
        switch (type(i)) {
            case MySqlLexer.TABLE: return parse(ObjectKind.TABLE, name(i + 1));
            case MySqlLexer.ONLINE: case MySqlLexer.OFFLINE: case MySqlLexer.IGNORE:
                return parse(ObjectKind.TABLE, null);
            case MySqlLexer.VIEW:
                return parse(ObjectKind.VIEW, name(i + 1));
            case MySqlLexer.PROCEDURE: case MySqlLexer.FUNCTION: case MySqlLexer.EVENT:
                return unsupported(kindOf(type(i)), name(i + 1));
            case MySqlLexer.DATABASE: case MySqlLexer.SCHEMA:
                return unsupported(ObjectKind.SCHEMA, name(i + 1));
            default:
                return unsupported(ObjectKind.OTHER, null);
        }
    }

    /** Skips OR REPLACE, ALGORITHM = x, DEFINER = user, SQL SECURITY x, AGGREGATE. */
    private int skipCreatePrefix(int i) {
        while (i < tokens.size()) {
            if (type(i) == MySqlLexer.OR && type(i + 1) == MySqlLexer.REPLACE) {
                i += 2;
            } else if (type(i) == MySqlLexer.ALGORITHM && type(i + 1) == MySqlLexer.EQUALS) {
                i += 3;
            } else if (type(i) == MySqlLexer.DEFINER && type(i + 1) == MySqlLexer.EQUALS) {
                i += 2;
                if (type(i) == MySqlLexer.CURRENT_USER) {
                    i += type(i + 1) == MySqlLexer.LPAREN ? 3 : 1;
                } else {
                    i += type(i + 1) == MySqlLexer.USER_VARIABLE ? 2 : 1; // `user`@`host` or user
                }
            } else if (type(i) == MySqlLexer.SQL && type(i + 1) == MySqlLexer.SECURITY) {
                i += 3;
            } else if (is(i, "AGGREGATE")) {
                i += 1;
            } else {
                return i;
            }
        }
        return i;
    }

    private int afterIfExists(int i) {
        if (type(i) == MySqlLexer.IF) {
            return type(i + 1) == MySqlLexer.NOT ? i + 3 : i + 2;
        }
        return i;
    }

    private String insertTarget() {
        int i = 1;
        while (i < tokens.size() && (is(i, "LOW_PRIORITY") || is(i, "DELAYED") || is(i, "HIGH_PRIORITY")
                || type(i) == MySqlLexer.IGNORE || type(i) == MySqlLexer.INTO)) {
            i++;
        }
        return name(i);
    }

    private Classification parse(ObjectKind kind, String name) {
        return new Classification(Action.PARSE, kind, name, leadingWords(2));
    }

    private Classification unsupported(ObjectKind kind, String name) {
        return new Classification(Action.UNSUPPORTED, kind, name, leadingWords(kind == ObjectKind.OTHER ? 2 : 1));
    }

    private static ObjectKind kindOf(int tokenType) {
        return switch (tokenType) {
            case MySqlLexer.TABLE -> ObjectKind.TABLE;
            case MySqlLexer.INDEX -> ObjectKind.INDEX;
            case MySqlLexer.DATABASE, MySqlLexer.SCHEMA -> ObjectKind.SCHEMA;
            case MySqlLexer.VIEW -> ObjectKind.VIEW;
            case MySqlLexer.PROCEDURE -> ObjectKind.PROCEDURE;
            case MySqlLexer.FUNCTION -> ObjectKind.FUNCTION;
            case MySqlLexer.TRIGGER -> ObjectKind.TRIGGER;
            case MySqlLexer.EVENT -> ObjectKind.EVENT;
            default -> ObjectKind.OTHER;
        };
    }

    /** A possibly qualified name starting at token i, without backticks; null when none is there. */
    private String name(int i) {
        if (!isName(i)) {
            return null;
        }
        String first = MySqlNames.unquoteIdentifier(tokens.get(i).getText());
        if (type(i + 1) == MySqlLexer.DOT && isName(i + 2)) {
            return first + "." + MySqlNames.unquoteIdentifier(tokens.get(i + 2).getText());
        }
        return first;
    }

    private boolean isName(int i) {
        if (i >= tokens.size()) return false;
        int type = type(i);
        if (type == MySqlLexer.ID || type == MySqlLexer.BACKTICK_ID) return true;
        String text = tokens.get(i).getText();
        return !text.isEmpty() && Character.isLetter(text.charAt(0)) && MySqlLexer.VOCABULARY.getLiteralName(type) != null;
    }

    private String leadingWords(int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < Math.min(count, tokens.size()); i++) {
            if (i > 0) words.append(' ');
            words.append(tokens.get(i).getText().toUpperCase(Locale.ROOT));
        }
        return words.toString();
    }

    private int type(int i) {
        return i < tokens.size() ? tokens.get(i).getType() : Token.EOF;
    }

    private boolean is(int i, String word) {
        return i < tokens.size() && tokens.get(i).getText().equalsIgnoreCase(word);
    }
}
