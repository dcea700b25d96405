package org.schemashift.model.proc;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * Expression nodes that exist only in procedural code, so they can sit inside the canonical Calcite
 * trees of conditions and assignments: cursor attributes (Oracle {@code c%FOUND}, {@code SQL%ROWCOUNT},
 * T-SQL {@code @@FETCH_STATUS = 0} and {@code @@ROWCOUNT}, MySQL {@code ROW_COUNT()}) and facts about
 * the error being handled (Oracle SQLERRM, T-SQL ERROR_MESSAGE(), PL/pgSQL SQLSTATE). They are
 * operators of their own (not unresolved functions), so function rules leave them alone and each
 * target writer rewrites them to its own mechanism.
 */
public final class ProcOperators {

    /** What a cursor attribute asks. */
    public enum CursorAttribute { FOUND, NOT_FOUND, ROW_COUNT, IS_OPEN }

    /** What is read from the condition being handled. */
    public enum HandledError { SQLSTATE, MESSAGE }

    private ProcOperators() {
    }

    /**
     * {@code cursor%attribute}; {@code cursor} null means the implicit cursor: the last SQL
     * statement of the code (Oracle {@code SQL%...}).
     */
    public static SqlCall cursorAttribute(CursorAttribute attribute, String cursor, SqlParserPos pos) {
        CursorAttributeOperator op = new CursorAttributeOperator(attribute);
        return cursor == null ? op.createCall(pos) : op.createCall(pos, new SqlIdentifier(cursor, pos));
    }

    /** The SQLSTATE or message of the condition being handled; only meaningful inside a handler. */
    public static SqlCall handledError(HandledError what, SqlParserPos pos) {
        return new HandledErrorOperator(what).createCall(pos);
    }

    /** The attribute {@code node} asks for, or null when it is not a cursor attribute. */
    public static CursorAttribute attributeOf(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof CursorAttributeOperator op ? op.attribute : null;
    }

    /** The cursor a cursor attribute call names, or null for the implicit cursor. */
    public static String cursorOf(SqlCall attributeCall) {
        return attributeCall.operandCount() == 0 ? null : ((SqlIdentifier) attributeCall.operand(0)).getSimple();
    }

    /** What {@code node} reads of the handled error, or null when it is not such a call. */
    public static HandledError handledErrorOf(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof HandledErrorOperator op ? op.what : null;
    }

    private static final class CursorAttributeOperator extends SqlFunction {
        final CursorAttribute attribute;

        CursorAttributeOperator(CursorAttribute attribute) {
            super("CURSOR_" + attribute.name(), SqlKind.OTHER_FUNCTION,
                    attribute == CursorAttribute.ROW_COUNT ? ReturnTypes.INTEGER : ReturnTypes.BOOLEAN,
                    null, OperandTypes.VARIADIC, SqlFunctionCategory.SYSTEM);
            this.attribute = attribute;
        }
    }

    private static final class HandledErrorOperator extends SqlFunction {
        final HandledError what;

        HandledErrorOperator(HandledError what) {
            super("HANDLED_ERROR_" + what.name(), SqlKind.OTHER_FUNCTION, ReturnTypes.VARCHAR,
                    null, OperandTypes.NILADIC, SqlFunctionCategory.SYSTEM);
            this.what = what;
        }
    }
}
