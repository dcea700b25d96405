package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.plan.IdentifierSpelling;

/**
 * Calcite's MySQL dialect (backticks, LIMIT, CAST to CHAR/SIGNED, NULLS FIRST emulated) with the
 * conversion's quoting policy, so output reads like hand-written MySQL; MySQL's names for cast
 * targets (Calcite maps them only from relational types); and two fixes for MySQL's default SQL
 * mode: {@code ||} is logical OR there (concatenation is CONCAT()), and a backslash in a string
 * literal is an escape character.
 */
final class MySqlTargetSqlDialect extends MysqlSqlDialect {
    private final IdentifierSpelling spelling;

    MySqlTargetSqlDialect(IdentifierSpelling spelling) {
        super(MysqlSqlDialect.DEFAULT_CONTEXT);
        this.spelling = spelling;
    }

    @Override
    protected boolean identifierNeedsQuote(String val) {
        return spelling.needsQuotes(val);
    }

    @Override
    public void unparseCall(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        if (isConcat(call)) {
            unparseFunction(writer, "CONCAT", concatenated(call, new ArrayList<>()));
        } else if (call.getKind() == SqlKind.CAST && castType(call.operand(1)) != null) {
            SqlWriter.Frame frame = writer.startFunCall("CAST");
            call.operand(0).unparse(writer, 0, 0);
            writer.sep("AS");
            writer.keyword(castType(call.operand(1)));
            writer.endFunCall(frame);
        } else if (call.getKind() == SqlKind.EXTRACT && call.operand(0) instanceof SqlIntervalQualifier unit) {
            // Calcite's MySQL dialect reads the unit as a symbol literal; the standard operator carries a qualifier
            SqlWriter.Frame frame = writer.startFunCall("EXTRACT");
            writer.keyword(unit.getStartUnit().name());
            writer.sep("FROM");
            call.operand(1).unparse(writer, 0, 0);
            writer.endFunCall(frame);
        } else if (call.getOperator() instanceof SqlBetweenOperator between) {
            unparseBetween(writer, call, between);
        } else if (ProcOperators.rowLockOf(call) != null) {
            ProcOperators.unparseLocked(writer, call, w -> lockClause(w, ProcOperators.rowLockOf(call)));
        } else {
            super.unparseCall(writer, call, leftPrec, rightPrec);
        }
    }

    /**
     * The lock as MySQL 8 and MariaDB both read it: FOR UPDATE [NOWAIT | SKIP LOCKED], or LOCK IN SHARE MODE
     * (MariaDB has no FOR SHARE), without OF (MariaDB has none): the rows of every table read are locked, and
     * a shared lock waits ({@link MySqlTargetCode#LOCK_CLAUSE_WIDENED}).
     */
    private static void lockClause(SqlWriter writer, ProcOperators.RowLock lock) {
        if (lock.mode() == ProcOperators.LockMode.SHARE) {
            writer.keyword("LOCK IN SHARE MODE");
            return;
        }
        writer.keyword("FOR UPDATE");
        if (lock.onLocked() == ProcOperators.LockWait.NOWAIT) writer.keyword("NOWAIT");
        if (lock.onLocked() == ProcOperators.LockWait.SKIP_LOCKED) writer.keyword("SKIP LOCKED");
    }

    /** Calcite writes BETWEEN ASYMMETRIC, the standard's default spelled out, which MySQL does not parse. */
    private static void unparseBetween(SqlWriter writer, SqlCall call, SqlBetweenOperator between) {
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SIMPLE, "", "");
        call.operand(0).unparse(writer, 0, between.getLeftPrec());
        writer.sep(between.isNegated() ? "NOT BETWEEN" : "BETWEEN");
        call.operand(1).unparse(writer, 0, 0);
        writer.sep("AND");
        call.operand(2).unparse(writer, between.getRightPrec(), 0);
        writer.endList(frame);
    }

    private static void unparseFunction(SqlWriter writer, String name, List<SqlNode> operands) {
        SqlWriter.Frame frame = writer.startFunCall(name);
        for (SqlNode operand : operands) {
            writer.sep(",");
            operand.unparse(writer, 0, 0);
        }
        writer.endFunCall(frame);
    }

    /**
     * MySQL's name for a standard cast target where it differs: CAST takes CHAR(n) not VARCHAR,
     * SIGNED for the integer types, DATETIME for TIMESTAMP, DOUBLE for the approximate types;
     * null where the standard name is MySQL's too.
     */
    private static String castType(SqlNode type) {
        if (!(type instanceof SqlDataTypeSpec spec) || !(spec.getTypeNameSpec() instanceof SqlBasicTypeNameSpec basic)) return null;
        SqlTypeName name = SqlTypeName.get(basic.getTypeName().getSimple().toUpperCase(Locale.ROOT));
        if (name == null) return null;
        String precision = basic.getPrecision() < 0 ? "" : "(" + basic.getPrecision() + ")";
        return switch (name) {
            case CHAR, VARCHAR -> "CHAR" + precision;
            case TINYINT, SMALLINT, INTEGER, BIGINT, BOOLEAN -> "SIGNED";
            case TIMESTAMP -> "DATETIME" + precision;
            case FLOAT, REAL, DOUBLE -> "DOUBLE";
            default -> null;
        };
    }

    /** The {@code ||} operator, or a CONCAT function call (as the write rules spell {@code ||}). */
    private static boolean isConcat(SqlCall call) {
        return call.getOperator() == SqlStdOperatorTable.CONCAT
                || call.getOperator() instanceof SqlFunction f && f.getName().equalsIgnoreCase("CONCAT");
    }

    /** a || b || c, or CONCAT(CONCAT(a, b), c), as one list: CONCAT(a, b, c) (same value, NULL included). */
    private static List<SqlNode> concatenated(SqlNode node, List<SqlNode> into) {
        if (node instanceof SqlCall call && isConcat(call)) {
            call.getOperandList().forEach(operand -> concatenated(operand, into));
        } else {
            into.add(node);
        }
        return into;
    }

    /** MySQL takes UTF-8 text as it is (no U&'' escapes) and reads a backslash as an escape character. */
    @Override
    public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
        buf.append(MySqlLiterals.string(val));
    }
}
