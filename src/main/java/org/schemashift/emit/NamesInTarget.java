package org.schemashift.emit;

import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.NlsString;
import org.schemashift.model.ObjectName;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.plan.TargetName;
import org.schemashift.plan.TargetNaming;

/**
 * OBJECT_NAME_IN_TARGET, COLUMN_NAME_IN_TARGET and SCHEMA_NAME_IN_TARGET of source names (string operands): the text
 * of the name this conversion gives that object, column or schema (a plan's rename, a user's rename, folded,
 * shortened), unquoted as the target's catalog holds it. Applied by each target's writer before spelling.
 */
public final class NamesInTarget extends SqlShuttle {
    private final TargetNaming naming;
    private final Function<ObjectName, TargetName> renamed;

    /** Names by {@code naming}; relations the plan renamed ({@code renamed}) by their target names. */
    public NamesInTarget(TargetNaming naming, Function<ObjectName, TargetName> renamed) {
        this.naming = naming;
        this.renamed = renamed;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        String name = name(call);
        return name != null ? SqlLiteral.createCharString(name, call.getParserPosition()) : super.visit(call);
    }

    /** The unquoted target name a *_NAME_IN_TARGET call asks for; null for any other call. */
    private String name(SqlCall call) {
        List<String> texts = call.getOperandList().stream()
                .map(o -> o instanceof SqlLiteral l && l.getValue() instanceof NlsString s ? s.getValue() : null).toList();
        if (texts.isEmpty() || texts.contains(null)) return null;
        if (call.getOperator() == CanonicalOperators.OBJECT_NAME_IN_TARGET) {
            ObjectName source = texts.size() == 1 ? ObjectName.of(texts.get(0)) : new ObjectName(texts.get(1), texts.get(0));
            TargetName target = renamed.apply(source);
            String routine = naming.renames().routine(source);
            return target != null ? target.name() : naming.spelling().shorten(routine != null ? routine : naming.relation(source));
        }
        if (call.getOperator() == CanonicalOperators.COLUMN_NAME_IN_TARGET) {
            if (texts.size() == 1) return naming.name(texts.get(0));
            return naming.column(texts.size() == 2 ? ObjectName.of(texts.get(1)) : new ObjectName(texts.get(2), texts.get(1)), texts.get(0));
        }
        return call.getOperator() == CanonicalOperators.SCHEMA_NAME_IN_TARGET ? naming.schema(texts.get(0)) : null;
    }
}
