package org.schemashift.source.sqlserver;

import static org.schemashift.source.sqlserver.grammar.SqlServerLexer.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.schemashift.source.sqlserver.grammar.SqlServerLexer;

/**
 * Finds the statements of one batch. Semicolons are optional in T-SQL, so a statement also ends
 * where the next one starts: at a keyword that begins a statement (CREATE, ALTER, DROP, INSERT,
 * EXEC, SET, IF, ...) outside parentheses, unless it continues the statement before (ON DELETE,
 * UNION SELECT, ALTER TABLE ... DROP CONSTRAINT, INSERT ... SELECT, UPDATE ... SET).
 *
 * <p>Procedures, functions and triggers run to the end of their batch (T-SQL requires them to be
 * alone in it), views to the end of the batch or a semicolon; an IF or WHILE takes its condition and the statement or BEGIN ... END block
 * it guards (and an ELSE part), so a guarded DDL statement stays with its guard.
 */
final class SqlServerBatchSplitter {

    /** A statement's offsets in the batch: {@code start} inclusive, {@code end} exclusive. */
    record Range(int start, int end) {
    }

    private static final Set<Integer> STARTS = Set.of(CREATE, ALTER, DROP, INSERT, UPDATE, DELETE, MERGE, SET, USE, EXEC,
            EXECUTE, IF, SELECT, BEGIN, WITH);
    private static final Set<String> WORD_STARTS = Set.of("DECLARE", "PRINT", "RAISERROR", "WHILE", "GRANT", "DENY",
            "REVOKE", "CHECKPOINT", "TRUNCATE", "COMMIT", "ROLLBACK", "RETURN", "DBCC", "BACKUP", "RESTORE", "THROW",
            "GOTO", "WAITFOR", "SETUSER", "RECONFIGURE", "DEALLOCATE", "BULK", "KILL", "SHUTDOWN");
    private static final Set<String> CODE_OBJECTS = Set.of("PROC", "PROCEDURE", "FUNCTION", "TRIGGER");
    /** What DROP names when it is a statement of its own, not a clause of ALTER TABLE (DROP CONSTRAINT, DROP COLUMN). */
    private static final Set<String> DROPPABLE = Set.of("TABLE", "VIEW", "INDEX", "PROCEDURE", "PROC", "FUNCTION", "TRIGGER",
            "SEQUENCE", "SYNONYM", "TYPE", "SCHEMA", "RULE", "DEFAULT", "DATABASE", "USER", "ROLE", "LOGIN", "STATISTICS",
            "ASSEMBLY");

    private final List<Token> tokens;
    private int next;

    private SqlServerBatchSplitter(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<Range> statements(String batch) {
        SqlServerLexer lexer = new SqlServerLexer(CharStreams.fromString(batch));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) tokens.add(t);
        }
        return new SqlServerBatchSplitter(tokens).split();
    }

    private List<Range> split() {
        List<Range> ranges = new ArrayList<>();
        while (next < tokens.size()) {
            if (type(next) == SEMICOLON) {
                next++;
                continue;
            }
            int first = next;
            statement();
            while (next < tokens.size() && type(next) == SEMICOLON) next++;
            int last = Math.max(first, next - 1);
            ranges.add(new Range(tokens.get(first).getStartIndex(), tokens.get(last).getStopIndex() + 1));
        }
        return ranges;
    }

    /** Consumes one statement from {@code next}. */
    private void statement() {
        statement(false);
    }

    /** Consumes one statement; {@code guarded}: the branch of an IF, which ends at its ELSE (not a CASE's). */
    private void statement(boolean guarded) {
        int first = next;
        if (isCodeObject(first)) {
            next = tokens.size();
        } else if (isView(first)) {
            while (next < tokens.size() && type(next) != SEMICOLON) skipToken();
        } else if (type(first) == IF || is(first, "WHILE")) {
            guard();
        } else if (type(first) == BEGIN && !isTransaction(first + 1)) {
            block();
        } else {
            next++;
            int cases = 0;
            while (next < tokens.size() && type(next) != SEMICOLON && !startsStatement(first, next)
                    && !(guarded && cases == 0 && type(next) == ELSE)) {
                if (type(next) == CASE) cases++;
                else if (type(next) == END && cases > 0) cases--;
                skipToken();
            }
        }
    }

    /** IF / WHILE condition, then the guarded statement or block, then an ELSE part. */
    private void guard() {
        next++;
        while (next < tokens.size() && !startsStatement(-1, next)) skipToken();
        if (next >= tokens.size()) return;
        guarded();
        while (next < tokens.size() && type(next) == SEMICOLON) next++;
        if (type(next) == ELSE) {
            next++;
            guarded();
        }
    }

    private void guarded() {
        if (next >= tokens.size()) return;
        if (type(next) == BEGIN && !isTransaction(next + 1)) block();
        else statement(true);
    }

    /**
     * BEGIN ... END (CASE ... END and nested blocks inside counted). BEGIN TRY ... END TRY and the
     * BEGIN CATCH ... END CATCH after it are one statement, as in T-SQL's TRY...CATCH syntax.
     */
    private void block() {
        boolean tryBlock = is(next + 1, "TRY");
        int depth = 0;
        do {
            int type = type(next);
            if (type == BEGIN && !isTransaction(next + 1) || type == CASE) depth++;
            else if (type == END && !is(next + 1, "CONVERSATION")) depth--;
            next++;
        } while (next < tokens.size() && depth > 0);
        if (is(next, "TRY") || is(next, "CATCH")) next++;
        if (tryBlock && type(next) == BEGIN && is(next + 1, "CATCH")) block();
    }

    /** Moves past one token, or a whole parenthesized group. */
    private void skipToken() {
        if (type(next) != LPAREN) {
            next++;
            return;
        }
        int depth = 0;
        do {
            if (type(next) == LPAREN) depth++;
            else if (type(next) == RPAREN) depth--;
            next++;
        } while (next < tokens.size() && depth > 0);
    }

    /** Whether token {@code i} begins a new statement inside the statement that begins at {@code first} (-1: a condition). */
    private boolean startsStatement(int first, int i) {
        int type = type(i);
        int previous = i > 0 ? type(i - 1) : -1;
        if (!STARTS.contains(type) && !WORD_STARTS.contains(word(i))) return false;
        if (type(i - 1) == SEMICOLON) return true;
        int firstType = first < 0 ? -1 : type(first);
        return switch (type) {
            case UPDATE, DELETE -> previous != ON && standsAlone(i);
            case INSERT -> standsAlone(i);
            // SET (...) and ALTER DATABASE ... SET are options of the statement before
            case SET -> previous != UPDATE && previous != DELETE && type(i + 1) != LPAREN
                    && firstType != UPDATE && firstType != MERGE && !(firstType == ALTER && is(first + 1, "DATABASE"));
            case SELECT -> first >= 0 && firstType != INSERT && firstType != WITH && !is(first, "DECLARE")
                    && previous != UNION && previous != ALL && previous != EXCEPT && previous != INTERSECT
                    && previous != AS && previous != RPAREN;
            case DROP -> firstType != ALTER || DROPPABLE.contains(word(i + 1));
            case ALTER -> type(i + 1) != COLUMN;
            case WITH -> false;
            case EXEC, EXECUTE -> previous != WITH && previous != COMMA && !is(i - 1, "GRANT") && !is(i - 1, "DENY")
                    && !is(i - 1, "REVOKE");
            case BEGIN -> first < 0 || isTransaction(i + 1);
            default -> !is(i, "GRANT") || previous != WITH;
        };
    }

    /** INSERT, UPDATE and DELETE stand alone unless they name a trigger event (after FOR, AFTER, OF, a comma) or a MERGE branch (after THEN). */
    private boolean standsAlone(int i) {
        int previous = type(i - 1);
        return previous != FOR && previous != COMMA && previous != OF && previous != THEN && !is(i - 1, "AFTER");
    }

    /** CREATE [OR ALTER] / ALTER of a procedure, function or trigger: the body runs to the end of the batch. */
    private boolean isCodeObject(int i) {
        return CODE_OBJECTS.contains(createdKind(i));
    }

    /** A view's query has no statement of its own inside: it ends at the batch's end or a semicolon. */
    private boolean isView(int i) {
        return createdKind(i).equals("VIEW");
    }

    private String createdKind(int i) {
        if (type(i) != CREATE && type(i) != ALTER) return "";
        int kind = i + 1;
        if (type(kind) == OR && type(kind + 1) == ALTER) kind += 2;
        return word(kind);
    }

    private boolean isTransaction(int i) {
        return is(i, "TRAN") || is(i, "TRANSACTION") || is(i, "DISTRIBUTED");
    }

    private int type(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).getType() : Token.EOF;
    }

    private String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).getText().toUpperCase(Locale.ROOT) : "";
    }

    private boolean is(int i, String word) {
        return word(i).equals(word);
    }
}
