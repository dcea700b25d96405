package org.schemashift.source.sqlserver;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.schemashift.model.ObjectKind;

/**
 * Decides from a statement's first words what to do with it, before any parse:
 * <ul>
 *   <li>CODE: T-SQL code objects (CREATE [OR ALTER] / ALTER PROCEDURE, FUNCTION, TRIGGER; kind and name),
 *       read by {@link SqlServerRoutineReader}.</li>
 *   <li>QUERY: a SELECT (or WITH ... SELECT), converted when it is SELECT ... INTO a new table, else unsupported.</li>
 *   <li>UNSUPPORTED: procedural script statements (DECLARE, WHILE, a SET of variables), GRANT / DENY /
 *       REVOKE, and security or server objects (CREATE USER, LOGIN, ROLE, ASSEMBLY, ...).</li>
 *   <li>IGNORE: data (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, SET IDENTITY_INSERT), session options (SET
 *       ANSI_NULLS, QUOTED_IDENTIFIER, NOCOUNT, ...), USE, transactions, progress messages (PRINT,
 *       RAISERROR), and the database itself (CREATE / ALTER / DROP DATABASE, CHECKPOINT, DBCC).</li>
 *   <li>PARSE: everything else (tables, indexes, views, sequences, schemas, synonyms, types, rules,
 *       defaults, EXEC of the catalogue procedures, IF guards).</li>
 * </ul>
 */
final class SqlServerStatementClassifier {

    enum Action { PARSE, CODE, QUERY, UNSUPPORTED, IGNORE }

    record Classification(Action action, ObjectKind kind, String name, String what) {
    }

    private static final Set<String> CODE_OBJECTS = Set.of("PROC", "PROCEDURE", "FUNCTION", "TRIGGER");
    private static final Set<String> DATA = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "BULK");
    private static final Set<String> FRAMING = Set.of("USE", "PRINT", "RAISERROR", "CHECKPOINT", "DBCC", "COMMIT", "ROLLBACK",
            "SAVE", "RECONFIGURE", "SETUSER", "WAITFOR", "GO");
    private static final Set<String> PROCEDURAL = Set.of("DECLARE", "WHILE", "RETURN", "GOTO", "THROW", "OPEN", "CLOSE",
            "FETCH", "DEALLOCATE", "KILL", "BACKUP", "RESTORE", "SHUTDOWN");
    private static final Set<String> PARSED_OBJECTS = Set.of("TABLE", "INDEX", "VIEW", "SEQUENCE", "SCHEMA", "SYNONYM", "TYPE",
            "RULE", "DEFAULT", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE", "XML", "SPATIAL", "FULLTEXT", "PRIMARY", "OR");

    private final List<Token> tokens;

    private SqlServerStatementClassifier(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Classification classify(List<Token> leadingTokens) {
        return new SqlServerStatementClassifier(leadingTokens).classify();
    }

    private Classification classify() {
        String first = word(0);
        if (first.equals("CREATE") || first.equals("ALTER")) return createOrAlter(first);
        if (first.equals("DROP") && word(1).equals("DATABASE")) return ignore(ObjectKind.SCHEMA, 2);
        if (first.equals("BEGIN")) return word(1).startsWith("TRAN") || word(1).equals("DISTRIBUTED")
                ? ignore(ObjectKind.OTHER, 2) : unsupported(ObjectKind.OTHER, null, 1);
        if (first.equals("SET")) {
            if (word(1).startsWith("@")) return unsupported(ObjectKind.OTHER, null, 2);
            return ignore(ObjectKind.OTHER, 2);
        }
        if (DATA.contains(first)) return ignore(ObjectKind.OTHER, 1);
        if (FRAMING.contains(first)) return ignore(ObjectKind.OTHER, 1);
        if (first.equals("SELECT") || first.equals("WITH")) return new Classification(Action.QUERY, ObjectKind.OTHER, null, words(1));
        if (PROCEDURAL.contains(first)) return unsupported(ObjectKind.OTHER, null, 1);
        if (first.equals("GRANT") || first.equals("DENY") || first.equals("REVOKE")) return unsupported(ObjectKind.GRANT, null, 1);
        return new Classification(Action.PARSE, ObjectKind.OTHER, null, words(2));
    }

    private Classification createOrAlter(String verb) {
        int i = 1;
        if (word(i).equals("OR") && word(i + 1).equals("ALTER")) i += 2;
        String object = word(i);
        if (CODE_OBJECTS.contains(object)) {
            ObjectKind kind = object.equals("TRIGGER") ? ObjectKind.TRIGGER
                    : object.equals("FUNCTION") ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE;
            return new Classification(Action.CODE, kind, name(i + 1), words(i + 1));
        }
        if (object.equals("DATABASE")) return ignore(ObjectKind.SCHEMA, i + 1);
        if (verb.equals("ALTER") && !object.equals("TABLE") && !object.equals("VIEW")) {
            return unsupported(ObjectKind.OTHER, null, i + 1);
        }
        if (!PARSED_OBJECTS.contains(object)) return unsupported(ObjectKind.OTHER, name(i + 1), i + 1);
        return new Classification(Action.PARSE, ObjectKind.OTHER, null, words(i + 1));
    }

    private Classification unsupported(ObjectKind kind, String name, int words) {
        return new Classification(Action.UNSUPPORTED, kind, name, words(words));
    }

    private Classification ignore(ObjectKind kind, int words) {
        return new Classification(Action.IGNORE, kind, null, words(words));
    }

    /** A possibly qualified name starting at token i, as the DDL builders read it. */
    private String name(int i) {
        if (i >= tokens.size()) return null;
        List<String> parts = new java.util.ArrayList<>();
        parts.add(SqlServerNames.identifier(tokens.get(i).getText()));
        while (i + 2 < tokens.size() && tokens.get(i + 1).getText().equals(".")) {
            i++;
            boolean empty = tokens.get(i + 1).getText().equals(".");
            parts.add(empty ? "" : SqlServerNames.identifier(tokens.get(++i).getText()));
        }
        return SqlServerNames.objectName(parts).toString();
    }

    private String words(int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < Math.min(count, tokens.size()); i++) {
            if (i > 0) words.append(' ');
            words.append(word(i));
        }
        return words.toString();
    }

    private String word(int i) {
        return i < tokens.size() ? tokens.get(i).getText().toUpperCase(Locale.ROOT) : "";
    }
}
