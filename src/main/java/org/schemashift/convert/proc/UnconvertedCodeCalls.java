package org.schemashift.convert.proc;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.FunctionRules;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.StandardFunctions;

/**
 * The built-ins called by code that is read but not converted (an install script's anonymous
 * block, {@link SourceStatement#unconvertedCode}): each call is listed in the inventory as not
 * converted, by the code of the statement's first item, which says why the code was not. A
 * built-in is what the conversion of a routine would count as one: a function or procedure call
 * the source's function or call rules know, a standard function (COUNT), a name its rules call
 * without arguments (SYSDATE), and RAISE_APPLICATION_ERROR.
 */
public final class UnconvertedCodeCalls {
    private final FunctionRules functions;
    private final BuiltinCalls calls;
    private final ActionItems items;

    public UnconvertedCodeCalls(FunctionRules functions, BuiltinCalls calls, ActionItems items) {
        this.functions = functions;
        this.calls = calls;
        this.items = items;
    }

    /** Records the built-in calls of every statement's unconverted code. */
    public void record(List<SourceStatement> statements) {
        for (SourceStatement statement : statements) {
            if (statement.unconvertedCode() == null) continue;
            List<ActionItem> why = statement.actionItems();
            String by = why.isEmpty() ? null : why.get(0).code().code();
            statement.unconvertedCode().accept(new Walk(statement.span(), by));
        }
    }

    /** Every statement and expression of one block, observed, not rebuilt. */
    private final class Walk extends ProcRewriter {
        private final SourceSpan span;
        private final String by;

        Walk(SourceSpan span, String by) {
            this.span = span;
            this.by = by;
        }

        @Override
        protected SqlNode expression(SqlNode node) {
            node.accept(new SqlBasicVisitor<Void>() {
                @Override
                public Void visit(SqlCall call) {
                    String name = PseudoFunctions.name(call);
                    if (name != null && functions.find(name, call.operandCount()) != null) called(name, span.at(call));
                    else if (StandardFunctions.name(call) != null) called(StandardFunctions.name(call), span.at(call));
                    return super.visit(call);
                }

                @Override
                public Void visit(SqlIdentifier id) {
                    String name = String.join(".", id.names).toUpperCase(Locale.ROOT);
                    FunctionRules.Compiled rule = functions.find(name, 0);
                    if (rule != null && rule.callsBare(id)) called(name, span.at(id));
                    return null;
                }
            });
            return node;
        }

        @Override
        public Statement visitCall(Statement.Call call) {
            String name = calls.builtin(call);
            if (name != null) called(name, call.span());
            for (Argument argument : call.arguments()) expression(argument.value());
            return call;
        }

        @Override
        public Statement visitRaise(Statement.Raise raise) {
            if (raise.builtin() != null) called(raise.builtin(), raise.span());
            return super.visitRaise(raise);
        }

        private void called(String name, SourceSpan at) {
            items.calledBuiltin(at, PseudoFunctions.sourceSpelling(name), false, by);
        }
    }
}
