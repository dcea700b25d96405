package org.schemashift.emit;

import org.apache.calcite.config.NullCollation;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * An ORDER BY key whose NULLs sort as the source sorts them ({@link CanonicalOperators#NULLS_LOW},
 * {@link CanonicalOperators#NULLS_HIGH}), or with {@code NULLS FIRST} / {@code NULLS LAST} written
 * in the source, in a target whose own default is {@code nulls} (the target's fact: PostgreSQL
 * HIGH, MySQL LOW): the key as it is where the target's default puts the NULLs there anyway;
 * otherwise with {@code NULLS FIRST} / {@code NULLS LAST} where the target has them, else (MySQL,
 * which rejects them) after a key that puts the NULLs there, {@code x IS NULL, x} or
 * {@code x IS NOT NULL, x DESC} (https://dev.mysql.com/doc/refman/8.0/en/working-with-null.html:
 * NULLs sort first ascending).
 */
public record NullOrderSpelling(String id, NullCollation nulls, boolean nullsClause) implements SpellingRule {

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        SqlNode key = call.operand(0);
        boolean descending = key.getKind() == SqlKind.DESCENDING;
        boolean nullsFirst = switch (call.getKind()) {
            case NULLS_FIRST -> true;
            case NULLS_LAST -> false;
            default -> call.getOperator() == CanonicalOperators.NULLS_LOW != descending;
        };
        if (nullsFirst == (nulls == NullCollation.LOW != descending)) return key;
        SqlParserPos pos = call.getParserPosition();
        if (nullsClause) return (nullsFirst ? SqlStdOperatorTable.NULLS_FIRST : SqlStdOperatorTable.NULLS_LAST).createCall(pos, key);
        SqlNode bare = descending ? ((SqlCall) key).operand(0) : key;
        // false sorts before true: the NULLs go first when the first key is false for them
        SqlNode nullsKey = (nullsFirst ? SqlStdOperatorTable.IS_NOT_NULL : SqlStdOperatorTable.IS_NULL).createCall(pos, bare);
        return TWO_KEYS.createCall(pos, nullsKey, key);
    }

    /** Two ORDER BY keys in the place of one, written {@code a, b} (a SqlNodeList would be written as a row, in parentheses; the high precedence keeps a call from parentheses too). */
    private static final SqlSpecialOperator TWO_KEYS = new SqlSpecialOperator("TWO_KEYS", SqlKind.OTHER, 100) {
        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            call.operand(0).unparse(writer, 0, 0);
            writer.sep(",");
            call.operand(1).unparse(writer, 0, 0);
        }
    };
}
