package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.FunctionRules;
import org.schemashift.convert.MappingRules;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Procedure-form calls of a source's built-in packages ({@code DBMS_LOB.APPEND(v, x);},
 * {@code DBMS_LOCK.SLEEP(1);}) rewritten as the statements that do the same on every target, by the
 * {@code calls:} rules of {@code mappings/functions/<source>.yaml} ({@link CallRule}). A call of a
 * package member no rule rewrites, but which the source's function rules say no target has
 * ({@code DBMS_SQL.*}, {@code UTL_FILE.*}), becomes an {@link Unsupported} statement with that rule's
 * item; any other call (a user's procedure) is returned as it is. Arguments stay source
 * expressions: run this before the statement's expressions are converted.
 */
public final class BuiltinCalls {
    private final Map<String, List<Compiled>> byName = new HashMap<>();
    private final FunctionRules functions;
    private final List<CallRule> rules;

    private record Compiled(CallRule rule, SqlTemplate expression) {}

    private BuiltinCalls(List<CallRule> rules, FunctionRules functions) {
        this.functions = functions;
        this.rules = List.copyOf(rules);
        for (CallRule rule : rules) {
            Compiled compiled = new Compiled(rule, template(rule));
            for (String name : rule.name()) byName.computeIfAbsent(name.toUpperCase(Locale.ROOT), n -> new ArrayList<>()).add(compiled);
        }
    }

    /** The bundled call rules of {@code source}, falling back on {@code functions} for packages no target has. */
    public static BuiltinCalls load(String source, FunctionRules functions) {
        return new BuiltinCalls(FunctionRules.bundledList(source, "calls", CallRule.class), functions);
    }

    /** The call rules in file order. */
    public List<CallRule> rules() {
        return rules;
    }

    /**
     * The statement that replaces {@code call}: an assignment, a query whose value is discarded
     * (PL/pgSQL PERFORM), an output, a NULL statement, an {@link Unsupported} one, or {@code call}
     * itself when it is no built-in. Decisions, items and the built-in call are recorded in {@code items}.
     */
    public Statement rewrite(Statement.Call call, ActionItems items) {
        String name = name(call);
        Compiled compiled = find(name, call.arguments().size());
        if (compiled == null) return unsupported(call, name, items);
        CallRule rule = compiled.rule();
        SqlNode[] args = positional(call, rule);
        if (args == null) return unsupported(call, name, items);
        items.decided(call.span(), rule.id(), "call of " + name);
        items.calledBuiltin(call.span(), name, true, rule.id());
        if (rule.action() != null) items.add(ActionCatalogue.byCode(rule.action()), call.span(), name + (rule.note() == null ? "" : ": " + rule.note()));
        if (rule.assign() != null) return new Statement.Assign(args[rule.assign()], compiled.expression().apply(args), call.span());
        if (rule.perform() != null) return new Statement.SqlStatement(select(compiled.expression().apply(args)), List.of(), List.of(),
                IntoRows.FIRST_ROW, call.span());
        if (rule.output() != null) return new Statement.Output(compiled.expression().apply(args), call.span());
        return new Statement.Null(call.span());
    }

    /** The built-in {@code call} calls, as the inventory names it, or null when it calls the user's procedure. */
    public String builtin(Statement.Call call) {
        String name = name(call);
        if (find(name, call.arguments().size()) != null) return name;
        FunctionRules.Compiled rule = functions.find(name, call.arguments().size());
        return rule != null && rule.unsupported() ? name : null;
    }

    private static String name(Statement.Call call) {
        return String.join(".", call.routine().names).toUpperCase(Locale.ROOT);
    }

    private Compiled find(String name, int argCount) {
        for (Compiled c : byName.getOrDefault(name, List.of())) {
            if (c.rule().args() == null || c.rule().args() == argCount) return c;
        }
        return null;
    }

    /** The call's arguments in parameter order (named ones placed by {@code params}); null when a name is unknown, given twice or leaves a gap. */
    private static SqlNode[] positional(Statement.Call call, CallRule rule) {
        SqlNode[] args = new SqlNode[call.arguments().size()];
        for (int i = 0; i < args.length; i++) {
            Argument argument = call.arguments().get(i);
            int at = argument.name() == null ? i : rule.params().indexOf(argument.name().toLowerCase(Locale.ROOT));
            if (at < 0 || at >= args.length || args[at] != null) return null;
            args[at] = argument.value();
        }
        return Arrays.asList(args).contains(null) ? null : args;
    }

    /** A member of a package the function rules say no target has; any other call is the user's and stays. */
    private Statement unsupported(Statement.Call call, String name, ActionItems items) {
        FunctionRules.Compiled rule = functions.find(name, call.arguments().size());
        if (rule == null || !rule.unsupported()) return call;
        ActionCode code = rule.rule().action() == null ? GeneralCode.UNMAPPED_FUNCTION : ActionCatalogue.byCode(rule.rule().action());
        String reason = name + ": " + rule.rule().unsupported();
        items.add(code, call.span(), reason);
        items.calledBuiltin(call.span(), name, false, code.code());
        return new Unsupported(sourceText(call), call.span(), reason);
    }

    private static String sourceText(Statement.Call call) {
        return call.routine() + "(" + call.arguments().stream()
                .map(a -> (a.name() == null ? "" : a.name() + " => ") + a.value())
                .collect(Collectors.joining(", ")) + ");";
    }

    private static SqlSelect select(SqlNode value) {
        return new SqlSelect(value.getParserPosition(), null, SqlNodeList.of(value), null, null, null, null, null, null, null,
                null, null);
    }

    private static SqlTemplate template(CallRule rule) {
        List<String> forms = Arrays.asList(rule.to(), rule.perform(), rule.output());
        long given = forms.stream().filter(f -> f != null).count() + (Boolean.TRUE.equals(rule.nothing()) ? 1 : 0);
        if (given != 1 || (rule.assign() == null) != (rule.to() == null)) {
            throw new MappingRules.RulesException("call rule " + rule.id()
                    + " needs exactly one of assign+to, perform, output or nothing: true", null);
        }
        if (rule.action() != null && ActionCatalogue.byCode(rule.action()) == null) {
            throw new MappingRules.RulesException("call rule " + rule.id() + " names unknown action " + rule.action(), null);
        }
        String expression = forms.stream().filter(f -> f != null).findFirst().orElse(null);
        return expression == null ? null : SqlTemplate.canonical(expression);
    }
}
