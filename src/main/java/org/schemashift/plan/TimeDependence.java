package org.schemashift.plan;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.sql.CanonicalOperators;

/** Whether an expression reads the current time or a random value (a check some targets refuse). */
final class TimeDependence {
    private TimeDependence() {
    }

    static boolean of(SqlNode node) {
        if (node == null) return false;
        boolean[] found = {false};
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                SqlOperator op = call.getOperator();
                if (op.isDynamicFunction() || !op.isDeterministic() || op == CanonicalOperators.UTC_TIMESTAMP
                        || op == CanonicalOperators.RANDOM_UUID) {
                    found[0] = true;
                }
                return super.visit(call);
            }
        });
        return found[0];
    }
}
