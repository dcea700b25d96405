package org.schemashift.emit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;

/** GRANT privileges ON object TO grantees, as standard SQL spells it, column lists through the naming policy. */
public final class GrantStatement {

    private GrantStatement() {
    }

    /** {@code sequenceKind} prefixes a sequence's name ("SEQUENCE " in PostgreSQL; MySQL emulates sequences as tables). */
    public static EmittedObject of(PlannedStep.WriteGrant step, String sequenceKind, EmitContext context) {
        String target = (step.sequence() ? sequenceKind : "") + context.qualified(step.object());
        String privileges = step.privileges().stream().map(p -> columnsFolded(p, step.grant().object(), context)).collect(Collectors.joining(", "));
        String grantees = step.grant().grantees().stream().map(g -> g.equals("PUBLIC") ? "PUBLIC" : context.quotedName(g))
                .collect(Collectors.joining(", "));
        String sql = "GRANT " + privileges + " ON " + target + " TO " + grantees
                + (step.grant().withGrantOption() ? " WITH GRANT OPTION" : "") + ";";
        return new EmittedObject(ObjectKind.GRANT, target, sql, step.grant().span());
    }

    /** UPDATE (A, B) with the column names through the naming policy. */
    private static String columnsFolded(String privilege, org.schemashift.model.ObjectName table, EmitContext context) {
        int open = privilege.indexOf('(');
        if (open < 0) return privilege;
        String columns = privilege.substring(open + 1, privilege.lastIndexOf(')'));
        return privilege.substring(0, open).strip() + " (" + Arrays.stream(columns.split(","))
                .map(c -> context.quotedColumn(table, c.strip())).collect(Collectors.joining(", ")) + ")";
    }
}
