package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.util.Util;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcType;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser.IntoTargetContext;
import org.schemashift.source.mysql.grammar.MySqlParser.PrepareStatementContext;
import org.schemashift.source.mysql.grammar.MySqlParser.ProcStatementContext;
import org.schemashift.source.mysql.grammar.MySqlParser.SetTargetContext;
import org.schemashift.source.mysql.grammar.MySqlParser.VariableContext;

/**
 * User variables (@x) in a stored program. They belong to the session: a value set before the call
 * is read inside it, a value set inside it outlives it
 * (https://dev.mysql.com/doc/refman/8.0/en/user-variables.html). Where the program assigns a variable
 * before any other use of it ({@code SET @x = 1} or {@code SELECT ... INTO @x} first in the text, the
 * statement not reading @x otherwise) and the value's type is known (an integer or string literal,
 * a declared variable or parameter; for a selected value also COUNT and a column of the one table
 * selected from, as its %TYPE), the program reads nothing the session left, so the variable becomes
 * a local one of the outermost block, with an item for callers that read it afterwards. Any other
 * use is refused with the session-setting rewrite.
 */
final class MySqlUserVariables {
    private static final String PREFIX = "uv_";

    private final SourcePositions positions;
    private final List<ActionItem> items;
    /** Upper-case name: the first use in the text, when it is a SET or INTO target of a statement that does not read it otherwise. */
    private final Map<String, VariableContext> assignedFirst = new HashMap<>();
    private final Map<String, Declaration.Variable> locals = new LinkedHashMap<>();

    MySqlUserVariables(SourcePositions positions, List<ActionItem> items) {
        this.positions = positions;
        this.items = items;
    }

    /** Starts a program: finds, in the text of its body, the variables it assigns before using them. */
    void start(ProcStatementContext body) {
        assignedFirst.clear();
        locals.clear();
        Set<String> seen = new HashSet<>();
        userVariables(body, ctx -> {
            if (!seen.add(key(ctx))) return;
            if (ctx.getParent() instanceof SetTargetContext set && set.variable() == ctx && !reads(set.expression(), key(ctx), ctx)
                    || ctx.getParent() instanceof IntoTargetContext into && !reads(statementOf(into), key(ctx), ctx)) {
                assignedFirst.put(key(ctx), ctx);
            }
        });
    }

    /**
     * The first assignment of a variable the program assigns before using it: declares the local
     * when {@code value}'s type is known ({@code variables} types declared names); false otherwise.
     */
    boolean assign(SetTargetContext set, SqlNode value, Function<String, DataType> variables) {
        DataType type = assignedFirst.get(key(set.variable())) == set.variable() ? typeOf(value, variables) : null;
        return assign(set.variable(), set, type == null ? null : new ProcType.Declared(type));
    }

    /**
     * SELECT ... INTO targets: each user variable first assigned there becomes a local of the type
     * of the value {@code query} selects for it, where that type is known.
     */
    void assign(List<IntoTargetContext> targets, SqlNode locked, Function<String, DataType> variables) {
        SqlNode query = ProcOperators.unlocked(locked);
        SqlSelect select = query instanceof SqlOrderBy o ? (SqlSelect) o.query : query instanceof SqlSelect s ? s : null;
        for (int i = 0; i < targets.size(); i++) {
            VariableContext variable = targets.get(i).variable();
            if (variable == null || assignedFirst.get(key(variable)) != variable) continue;
            ProcType type = select == null || i >= select.getSelectList().size() ? null
                    : selectedType(SqlUtil.stripAs(select.getSelectList().get(i)), select.getFrom(), variables);
            assign(variable, targets.get(i), type);
        }
    }

    /** Declares the local for {@code variable} when {@code type} is known here, its first assignment; whether it is a local. */
    private boolean assign(VariableContext variable, ParserRuleContext at, ProcType type) {
        String key = key(variable);
        if (assignedFirst.get(key) != variable) return locals.containsKey(key);
        if (type == null) return false;
        SourceSpan span = positions.span(at);
        String name = variable.getText();
        String local = PREFIX + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        locals.put(key, new Declaration.Variable(local, type, null, false, false, span));
        items.add(MySqlCode.USER_VARIABLE_LOCAL.at(span, name + " is set before this program reads it: it is the local variable "
                + local + "; MySQL keeps " + name + " in the session after the call, so a caller or "
                + "program that reads it afterwards must get the value another way (an OUT parameter, or set_config)"));
        return true;
    }

    /** {@code id}, a variable {@code @x}, as the local it became, or a refusal naming the session-setting rewrite. */
    SqlNode read(SqlIdentifier id, Function<String, RuntimeException> refuse) {
        String name = id.names.get(0);
        Declaration.Variable local = name.startsWith("@@") ? null : locals.get(key(name));
        if (local != null) return new SqlIdentifier(local.name(), id.getParserPosition());
        if (name.startsWith("@@")) throw refuse.apply("system variable " + name + ": read the PostgreSQL setting that matches it, if any");
        String setting = "'mysql." + key(name).toLowerCase(Locale.ROOT) + "'";
        throw refuse.apply("user variable " + name + ": session state, read before this program sets it or kept after the call; "
                + "keep it in a session setting: current_setting(" + setting + ", true) reads it (as text, cast it), "
                + "set_config(" + setting + ", value::text, false) sets it");
    }

    /** The locals the program's user variables became, for its outermost block. */
    List<Declaration> declarations() {
        return new ArrayList<>(locals.values());
    }

    private static DataType typeOf(SqlNode value, Function<String, DataType> variables) {
        if (value instanceof SqlNumericLiteral n && n.isInteger()) return DataType.named("bigint");
        if (value instanceof SqlCharStringLiteral) return DataType.named("longtext");
        if (value.getKind() == SqlKind.MINUS_PREFIX) return typeOf(((SqlCall) value).operand(0), variables);
        if (value instanceof SqlIdentifier id && id.isSimple()) return variables.apply(id.getSimple());
        return null;
    }

    /** A selected value's type: as a SET value's, COUNT's, or a column's of the one table in FROM (its %TYPE). */
    private static ProcType selectedType(SqlNode value, SqlNode from, Function<String, DataType> variables) {
        DataType type = typeOf(value, variables);
        if (type != null) return new ProcType.Declared(type);
        if (value.getKind() == SqlKind.COUNT) return new ProcType.Declared(DataType.named("bigint"));
        SqlNode table = from != null && from.getKind() == SqlKind.AS ? ((SqlCall) from).operand(0) : from;
        if (!(value instanceof SqlIdentifier column) || !(table instanceof SqlIdentifier t) || column.names.size() > 2) return null;
        List<String> reference = new ArrayList<>(t.names);
        reference.add(Util.last(column.names));
        return new ProcType.Anchored(reference, ProcType.Anchor.TYPE, null);
    }

    /**
     * The user variables of {@code body} (as written) that are SET once and otherwise only named as the
     * text of a PREPARE: where the SET gives them a known text, that text is what the PREPARE runs.
     */
    static Set<String> preparedTexts(ParseTree body) {
        Map<String, int[]> uses = new HashMap<>();   // by key: SET targets, PREPARE texts, other uses
        userVariables(body, ctx -> {
            int[] counts = uses.computeIfAbsent(key(ctx), k -> new int[3]);
            if (ctx.getParent() instanceof SetTargetContext set && set.variable() == ctx) counts[0]++;
            else if (preparedFrom(ctx)) counts[1]++;
            else counts[2]++;
        });
        Set<String> texts = new HashSet<>();
        userVariables(body, ctx -> {
            int[] counts = uses.get(key(ctx));
            if (counts[0] == 1 && counts[1] > 0 && counts[2] == 0) texts.add(ctx.getText());
        });
        return texts;
    }

    /** Whether {@code variable} is the whole text of a PREPARE. */
    private static boolean preparedFrom(VariableContext variable) {
        ParseTree tree = variable.getParent();
        while (tree != null && !(tree instanceof ProcStatementContext)) tree = tree.getParent();
        return tree instanceof PrepareStatementContext prepare && prepare.expression().getText().equals(variable.getText());
    }

    /** The statement an INTO clause belongs to. */
    private static ParseTree statementOf(IntoTargetContext into) {
        ParseTree tree = into;
        while (tree.getParent() != null && !(tree.getParent() instanceof ProcStatementContext)) tree = tree.getParent();
        return tree;
    }

    /** Whether {@code tree} uses user variable {@code key} other than as {@code target}. */
    private static boolean reads(ParseTree tree, String key, VariableContext target) {
        boolean[] found = {false};
        userVariables(tree, ctx -> found[0] |= ctx != target && key(ctx).equals(key));
        return found[0];
    }

    /** The user variables in {@code tree}, in the order of the text. */
    private static void userVariables(ParseTree tree, Consumer<VariableContext> each) {
        if (tree instanceof VariableContext v && v.USER_VARIABLE() != null) each.accept(v);
        for (int i = 0; i < tree.getChildCount(); i++) userVariables(tree.getChild(i), each);
    }

    /** User variable names are not case-sensitive; a quoted name is its text. */
    private static String key(VariableContext ctx) {
        return key(ctx.getText());
    }

    private static String key(String variable) {
        return MySqlNames.unquoteIdentifier(variable.substring(1)).toUpperCase(Locale.ROOT);
    }

}
