package org.schemashift.apply;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tells driver errors apart for one target: a table from the code that engine's errors carry
 * (PostgreSQL: the SQLSTATE; MySQL: the vendor error number, its SQLSTATEs being too coarse) to
 * the failure it means, a test for "the object already exists", and SQLSTATE class 08 (connection
 * exception, also what drivers raise when no connection could be made) for everything else that
 * prevents talking to the server.
 */
final class ErrorClassifier {
    private final Function<SQLException, String> code;
    private final Map<String, FailureKind> kinds;
    private final Predicate<SQLException> alreadyExists;

    ErrorClassifier(Function<SQLException, String> code, Map<String, FailureKind> kinds, Predicate<SQLException> alreadyExists) {
        this.code = code;
        this.kinds = Map.copyOf(kinds);
        this.alreadyExists = alreadyExists;
    }

    FailureKind classify(SQLException e) {
        FailureKind kind = kinds.get(code.apply(e));
        if (kind != null) return kind;
        if (alreadyExists.test(e)) return FailureKind.REFUSED;
        if (sqlState(e).startsWith("08")) return FailureKind.CONNECTION_FAILED;
        return FailureKind.STATEMENT_ERROR;
    }

    boolean isAlreadyExists(SQLException e) {
        return alreadyExists.test(e);
    }

    static String sqlState(SQLException e) {
        return e.getSQLState() == null ? "" : e.getSQLState();
    }
}
