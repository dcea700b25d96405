package org.schemashift.emit;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Statement;

/**
 * The way tables got their keys before identity columns (Oracle before 12c): a BEFORE INSERT row
 * trigger whose only work is to set one column of NEW from a sequence, written as an assignment
 * ({@code :NEW.id := seq.NEXTVAL}) or a SELECT INTO ({@code SELECT seq.NEXTVAL INTO :NEW.id FROM DUAL}),
 * possibly only when the column is NULL (an IF around it or the trigger's WHEN). Read on converted
 * IR: the sequence value is the standard NEXT VALUE FOR, FROM DUAL may be gone. A target tells the
 * user that an identity column or a column default says the same.
 */
public record SequenceKeyTrigger(String column, SqlIdentifier sequence, boolean onlyWhenNull) {

    /** The idiom in {@code trigger}, or empty when the trigger does anything else. */
    public static Optional<SequenceKeyTrigger> of(Trigger trigger) {
        if (!trigger.forEachRow() || !trigger.timing().equalsIgnoreCase("BEFORE") || trigger.body() == null
                || !trigger.events().stream().allMatch(e -> e.equalsIgnoreCase("INSERT"))) {
            return Optional.empty();
        }
        String guard = trigger.when() == null ? null : nullTestedColumn(trigger.when().node());
        if (trigger.when() != null && guard == null) return Optional.empty();
        Statement only = only(List.of(trigger.body().block()));
        if (guard == null && only instanceof Statement.If test && test.branches().size() == 1 && test.otherwise().isEmpty()) {
            guard = nullTestedColumn(test.branches().get(0).when());
            if (guard == null) return Optional.empty();
            only = only(test.branches().get(0).body());
        }
        SequenceKeyTrigger key = keyFromSequence(only, guard != null);
        return key == null || guard != null && !guard.equalsIgnoreCase(key.column()) ? Optional.empty() : Optional.of(key);
    }

    /** The one statement of {@code statements}, looking into plain blocks (no declarations, no handlers); else null. */
    private static Statement only(List<Statement> statements) {
        if (statements.size() != 1) return null;
        Statement statement = statements.get(0);
        if (statement instanceof Block block && block.declarations().isEmpty() && block.handlers().isEmpty()) {
            return only(block.statements());
        }
        return statement;
    }

    private static SequenceKeyTrigger keyFromSequence(Statement statement, boolean onlyWhenNull) {
        if (statement instanceof Statement.Assign assign) {
            return key(assign.target(), assign.value(), onlyWhenNull);
        }
        if (statement instanceof Statement.SqlStatement sql && sql.into().size() == 1 && sql.returning().isEmpty()
                && sql.statement() instanceof SqlSelect select && select.getSelectList().size() == 1 && fromNothing(select)
                && select.getWhere() == null) {
            return key(sql.into().get(0), select.getSelectList().get(0), onlyWhenNull);
        }
        return null;
    }

    private static SequenceKeyTrigger key(SqlNode target, SqlNode value, boolean onlyWhenNull) {
        String column = newColumn(target);
        if (column == null || !(value instanceof SqlCall call) || call.getOperator() != SqlStdOperatorTable.NEXT_VALUE) return null;
        return new SequenceKeyTrigger(column, (SqlIdentifier) call.operand(0), onlyWhenNull);
    }

    /** C for {@code NEW.C IS NULL}, else null. */
    private static String nullTestedColumn(SqlNode condition) {
        return condition.getKind() == SqlKind.IS_NULL ? newColumn(((SqlCall) condition).operand(0)) : null;
    }

    /** C for the identifier {@code NEW.C}, else null. */
    private static String newColumn(SqlNode node) {
        return node instanceof SqlIdentifier id && id.names.size() == 2 && id.names.get(0).equalsIgnoreCase("NEW")
                ? id.names.get(1) : null;
    }

    /** No FROM, or Oracle's one-row DUAL. */
    private static boolean fromNothing(SqlSelect select) {
        return select.getFrom() == null || select.getFrom() instanceof SqlIdentifier table
                && table.names.get(table.names.size() - 1).equalsIgnoreCase("DUAL");
    }
}
