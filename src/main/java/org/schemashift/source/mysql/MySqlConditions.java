package org.schemashift.source.mysql;

import java.util.Map;
import org.schemashift.model.proc.Condition;

/**
 * MySQL's condition values in the IR's vocabulary. SQLSTATE '02000' is NOT FOUND; a MySQL error
 * number with a standard SQLSTATE becomes that SQLSTATE, so a target can catch it
 * (https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html); any other number
 * stays an {@link Condition.ErrorNumber}, which a target reports.
 */
final class MySqlConditions {
    private static final Map<Integer, Condition> ERRORS = Map.of(
            1329, Condition.Standard.NOT_FOUND,          // ER_SP_FETCH_NO_DATA
            1172, Condition.Standard.TOO_MANY_ROWS,      // ER_TOO_MANY_ROWS
            1062, new Condition.SqlState("23505"),       // ER_DUP_ENTRY
            1048, new Condition.SqlState("23502"),       // ER_BAD_NULL_ERROR
            1451, new Condition.SqlState("23503"),       // ER_ROW_IS_REFERENCED_2
            1452, new Condition.SqlState("23503"),       // ER_NO_REFERENCED_ROW_2
            1365, new Condition.SqlState("22012"),       // ER_DIVISION_BY_ZERO
            1264, new Condition.SqlState("22003"),       // ER_WARN_DATA_OUT_OF_RANGE
            1406, new Condition.SqlState("22001"));      // ER_DATA_TOO_LONG

    private MySqlConditions() {
    }

    static Condition sqlState(String code) {
        return code.equals("02000") ? Condition.Standard.NOT_FOUND : new Condition.SqlState(code);
    }

    static Condition errorNumber(int number) {
        return ERRORS.getOrDefault(number, new Condition.ErrorNumber(number));
    }
}
