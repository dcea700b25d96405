package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.model.ObjectKind;

/**
 * Decides from a statement's first words what to do with it, before any parse:
 * <ul>
 *   <li>PLSQL: CREATE [OR REPLACE] [EDITIONABLE] PROCEDURE / FUNCTION / PACKAGE [BODY] / TRIGGER /
 *       TYPE BODY / LIBRARY / JAVA (kind PROCEDURE, FUNCTION, PACKAGE, TRIGGER, TYPE, OTHER, with the name).</li>
 *   <li>ANONYMOUS_BLOCK: DECLARE and BEGIN blocks.</li>
 *   <li>IGNORE: data and session statements (INSERT, UPDATE, DELETE, MERGE, SELECT, COMMIT, ROLLBACK,
 *       SAVEPOINT, TRUNCATE, LOCK, ALTER SESSION, ANALYZE, CALL).</li>
 *   <li>USE_SCHEMA: ALTER SESSION SET CURRENT_SCHEMA, which names the schema of the unqualified
 *       names that follow, as MySQL's USE does.</li>
 *   <li>UNSUPPORTED: users, roles, tablespaces, directories, contexts, database links, ALTER of code
 *       objects other than triggers, DROP of PL/SQL units, REVOKE, AUDIT, RENAME and everything else the grammar does not
 *       cover.</li>
 *   <li>PARSE: CREATE TABLE / INDEX / SEQUENCE / SYNONYM / VIEW / MATERIALIZED VIEW / TYPE (spec),
 *       ALTER TABLE, ALTER TRIGGER, DROP of those, COMMENT ON, GRANT.</li>
 * </ul>
 */
final class OracleStatementClassifier {
    enum Action { PARSE, PLSQL, ANONYMOUS_BLOCK, IGNORE, UNSUPPORTED, USE_SCHEMA }

    record Classification(Action action, ObjectKind kind, String name, String leadingWords) {
    }

    private static final Set<String> DATA = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "SELECT", "WITH", "COMMIT",
            "ROLLBACK", "SAVEPOINT", "TRUNCATE", "LOCK", "ANALYZE", "CALL", "EXPLAIN");
    private static final Set<String> PARSED_CREATE = Set.of("TABLE", "GLOBAL", "PRIVATE", "INDEX", "UNIQUE", "BITMAP",
            "SEQUENCE", "SYNONYM", "PUBLIC", "VIEW", "FORCE", "NO", "MATERIALIZED", "TYPE");
    private static final Set<String> PARSED_DROP = Set.of("TABLE", "INDEX", "SEQUENCE", "SYNONYM", "PUBLIC", "VIEW",
            "MATERIALIZED", "TYPE");

    private static final int WORDS = 24;

    private final List<String> words;
    private final List<String> original;

    private OracleStatementClassifier(String code) {
        this.original = LeadingWords.of(code, 0, WORDS);
        this.words = original.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }

    static Classification classify(String code) {
        return new OracleStatementClassifier(code).classify();
    }

    private Classification classify() {
        String first = word(0);
        if (first.equals("DECLARE") || first.equals("BEGIN")) {
            return new Classification(Action.ANONYMOUS_BLOCK, ObjectKind.OTHER, null, "anonymous PL/SQL block");
        }
        if (DATA.contains(first)) return result(Action.IGNORE, ObjectKind.OTHER, null, 1);
        if (first.equals("ALTER") && word(1).equals("SESSION") && word(2).equals("SET") && LeadingWords.is(word(3), "CURRENT_SCHEMA")) {
            return result(Action.USE_SCHEMA, ObjectKind.SCHEMA, null, 4);
        }
        if (first.equals("ALTER") && (word(1).equals("SESSION") || word(1).equals("SYSTEM"))) {
            return result(Action.IGNORE, ObjectKind.OTHER, null, 2);
        }
        if (first.equals("CREATE")) return create();
        if (first.equals("ALTER")) {
            return word(1).equals("TABLE") || word(1).equals("TRIGGER") ? result(Action.PARSE, kindOf(word(1)), name(2), 2)
                    : result(Action.UNSUPPORTED, kindOf(word(1)), name(2), 2);
        }
        if (first.equals("DROP")) {
            return PARSED_DROP.contains(word(1)) ? result(Action.PARSE, kindOf(word(1)), null, 2)
                    : result(Action.UNSUPPORTED, kindOf(word(1)), name(2), 2);
        }
        if (first.equals("COMMENT")) return result(Action.PARSE, ObjectKind.COMMENT, null, 3);
        if (first.equals("GRANT")) return result(Action.PARSE, ObjectKind.GRANT, null, 1);
        return result(Action.UNSUPPORTED, first.equals("REVOKE") ? ObjectKind.GRANT : ObjectKind.OTHER, null, 2);
    }

    private Classification create() {
        int i = 1;
        if (word(i).equals("OR") && word(i + 1).equals("REPLACE")) i += 2;
        while (Set.of("EDITIONABLE", "NONEDITIONABLE", "EDITIONING", "NOFORCE").contains(word(i))) i++;
        String what = word(i);
        switch (what) {
            case "PROCEDURE": return plsql(ObjectKind.PROCEDURE, i + 1);
            case "FUNCTION": return plsql(ObjectKind.FUNCTION, i + 1);
            case "TRIGGER": return plsql(ObjectKind.TRIGGER, i + 1);
            case "LIBRARY": case "JAVA": case "AND": return plsql(ObjectKind.OTHER, i + 1);
            case "PACKAGE": return plsql(ObjectKind.PACKAGE, word(i + 1).equals("BODY") ? i + 2 : i + 1);
            case "TYPE":
                if (word(i + 1).equals("BODY")) return plsql(ObjectKind.TYPE, i + 2);
                return result(Action.PARSE, ObjectKind.TYPE, name(i + 1), i + 1);
            default:
                break;
        }
        if (PARSED_CREATE.contains(what)) {
            ObjectKind kind = switch (what) {
                case "INDEX", "UNIQUE", "BITMAP" -> ObjectKind.INDEX;
                case "SEQUENCE" -> ObjectKind.SEQUENCE;
                case "SYNONYM", "PUBLIC" -> ObjectKind.SYNONYM;
                case "VIEW", "FORCE", "NO", "MATERIALIZED" -> ObjectKind.VIEW;
                default -> ObjectKind.TABLE;
            };
            return result(Action.PARSE, kind, null, i + 1);
        }
        return result(Action.UNSUPPORTED, ObjectKind.OTHER, name(i + 1), i + 1);
    }

    private Classification plsql(ObjectKind kind, int nameAt) {
        return result(Action.PLSQL, kind, name(nameAt), nameAt);
    }

    private Classification result(Action action, ObjectKind kind, String name, int words) {
        return new Classification(action, kind, name, String.join(" ", this.words.subList(0, Math.min(words, this.words.size()))));
    }

    private static ObjectKind kindOf(String word) {
        return switch (word) {
            case "TABLE" -> ObjectKind.TABLE;
            case "INDEX" -> ObjectKind.INDEX;
            case "SEQUENCE" -> ObjectKind.SEQUENCE;
            case "SYNONYM", "PUBLIC" -> ObjectKind.SYNONYM;
            case "VIEW", "MATERIALIZED" -> ObjectKind.VIEW;
            case "TYPE" -> ObjectKind.TYPE;
            case "PROCEDURE" -> ObjectKind.PROCEDURE;
            case "FUNCTION" -> ObjectKind.FUNCTION;
            case "PACKAGE" -> ObjectKind.PACKAGE;
            case "TRIGGER" -> ObjectKind.TRIGGER;
            default -> ObjectKind.OTHER;
        };
    }

    /** The (possibly qualified) name at word i as Oracle stores it, without a parameter list. */
    private String name(int i) {
        if (i >= original.size()) return null;
        String raw = original.get(i);
        List<String> parts = new ArrayList<>();
        for (String part : raw.split("\\.")) {
            if (!part.isEmpty()) parts.add(OracleNames.identifier(part));
        }
        return parts.isEmpty() ? null : String.join(".", parts);
    }

    private String word(int i) {
        return i < words.size() ? words.get(i) : "";
    }
}
