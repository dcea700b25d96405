package org.schemashift.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Expr;
import org.schemashift.model.SourceSpan;

/**
 * Rewrites an expression for the target: calls of source functions through the function rules,
 * then the Java rules for constructs that are not a simple function mapping. A function with
 * no rule makes the whole expression unconvertible: the result then has a null node and an
 * action item says why, so the emitter writes it commented out instead of guessing.
 */
public final class ExpressionConverter {
    private final FunctionRules functions;
    private final List<ExpressionRule> javaRules;
    private final ActionItems items;

    public ExpressionConverter(FunctionRules functions, List<ExpressionRule> javaRules, ActionItems items) {
        this.functions = functions;
        this.javaRules = List.copyOf(javaRules);
        this.items = items;
    }

    /** The converted expression; {@code what} names the clause for the action item ("default of t.c"). */
    public Expr convert(Expr expr, SourceSpan span, String what) {
        if (expr == null || expr.node() == null) return expr;
        List<String> unmapped = new ArrayList<>();
        SqlNode node = expr.node().accept(new Rewriter(unmapped));
        if (!unmapped.isEmpty()) {
            items.add(ActionCode.UNMAPPED_FUNCTION, span, what + ": no target equivalent for "
                    + String.join(", ", unmapped) + " in " + expr.sourceText());
            return expr.withNode(null);
        }
        return expr.withNode(node);
    }

    private final class Rewriter extends SqlShuttle {
        private final List<String> unmapped;

        Rewriter(List<String> unmapped) {
            this.unmapped = unmapped;
        }

        @Override
        public SqlNode visit(SqlCall call) {
            SqlNode visited = super.visit(call);
            if (!(visited instanceof SqlCall c)) return visited;
            for (ExpressionRule rule : javaRules) {
                SqlNode rewritten = rule.rewrite(c);
                if (rewritten != null) return rewritten;
            }
            if (!(c.getOperator() instanceof SqlUnresolvedFunction f)) return c;
            String name = f.getName().toUpperCase(Locale.ROOT);
            FunctionRules.Compiled rule = functions.find(name, c.operandCount());
            if (rule == null) {
                if (!unmapped.contains(name)) unmapped.add(name);
                return c;
            }
            if (rule.template() == null) return c;
            List<SqlNode> args = c.getOperandList();
            return rule.template().accept(new Substitution(n -> n < args.size() ? args.get(n) : null));
        }
    }

    /** Replaces the ssargN placeholders of a template with the call's arguments. */
    private static final class Substitution extends SqlShuttle {
        private final Function<Integer, SqlNode> argument;

        Substitution(Function<Integer, SqlNode> argument) {
            this.argument = argument;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            String prefix = FunctionRules.PLACEHOLDER_PREFIX;
            if (id.isSimple() && id.getSimple().startsWith(prefix)) {
                SqlNode arg = argument.apply(Integer.parseInt(id.getSimple().substring(prefix.length())));
                if (arg != null) return arg;
            }
            return id;
        }
    }
}
