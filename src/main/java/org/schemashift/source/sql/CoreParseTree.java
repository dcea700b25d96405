package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A dialect's parse tree read by the names the core grammar gives its rules and tokens.
 *
 * <p>Every dialect grammar that imports grammars/imports/SqlCoreParser.g4 gets its own copy of
 * the core rules: ANTLR generates separate context classes (OracleParser.BetweenPredicateContext,
 * MySqlParser.BetweenPredicateContext) and numbers rules and tokens differently per grammar. What
 * the copies share is their names: the rule {@code valueExpression}, the token {@code NOT}, the
 * alternative label {@code betweenPredicate}. This class reads a tree by those names, so one
 * builder serves all dialects.
 */
public final class CoreParseTree {

    /** ANTLR names a context class after the alternative's label, or after the rule when it has none. */
    private static final ClassValue<String> LABELS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String name = type.getSimpleName().replaceFirst("Context$", "");
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
    };

    private final Vocabulary vocabulary;
    private final Map<String, Integer> tokenTypes = new HashMap<>();
    private final Map<String, Integer> ruleIndexes = new HashMap<>();

    /** {@code vocabulary} and {@code ruleNames} are the dialect parser's (its VOCABULARY and ruleNames). */
    public CoreParseTree(Vocabulary vocabulary, String[] ruleNames) {
        this.vocabulary = vocabulary;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String name = vocabulary.getSymbolicName(type);
            if (name != null) tokenTypes.put(name, type);
        }
        for (int i = 0; i < ruleNames.length; i++) ruleIndexes.put(ruleNames[i], i);
    }

    /** The label of the alternative {@code ctx} matched ({@code betweenPredicate}), or its rule's name when unlabelled. */
    public static String label(ParserRuleContext ctx) {
        return LABELS.get(ctx.getClass());
    }

    /** The exact source text of {@code ctx}, comments inside it included. */
    public static String text(ParserRuleContext ctx) {
        Token stop = ctx.getStop() != null ? ctx.getStop() : ctx.getStart();
        return ctx.getStart().getInputStream().getText(Interval.of(ctx.getStart().getStartIndex(), stop.getStopIndex()));
    }

    /** Whether token {@code tokenName} is a direct child of {@code ctx}. */
    public boolean has(ParserRuleContext ctx, String tokenName) {
        return terminal(ctx, tokenName) != null;
    }

    /** The first direct child that is token {@code tokenName}, or null. */
    public TerminalNode terminal(ParserRuleContext ctx, String tokenName) {
        Integer type = tokenTypes.get(tokenName);
        return type == null ? null : ctx.getToken(type, 0);
    }

    /** The direct children that are tokens named in {@code tokenNames}, in order. */
    public List<Token> tokens(ParserRuleContext ctx, List<String> tokenNames) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t && tokenNames.contains(vocabulary.getSymbolicName(t.getSymbol().getType()))) tokens.add(t.getSymbol());
        }
        return tokens;
    }

    /** The first direct child of rule {@code rule}, or null. */
    public ParserRuleContext child(ParserRuleContext ctx, String rule) {
        List<ParserRuleContext> children = children(ctx, rule);
        return children.isEmpty() ? null : children.get(0);
    }

    /** The direct children of rule {@code rule}, in order. */
    public List<ParserRuleContext> children(ParserRuleContext ctx, String rule) {
        Integer index = ruleIndexes.get(rule);
        List<ParserRuleContext> children = new ArrayList<>();
        for (ParserRuleContext child : children(ctx)) {
            if (index != null && child.getRuleIndex() == index) children.add(child);
        }
        return children;
    }

    /** Every direct child that is a rule (not a token), in order. */
    public List<ParserRuleContext> children(ParserRuleContext ctx) {
        List<ParserRuleContext> children = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof ParserRuleContext rule) children.add(rule);
        }
        return children;
    }

    /** Whether {@code ctx} is a node of rule {@code rule}. */
    public boolean is(ParserRuleContext ctx, String rule) {
        Integer index = ruleIndexes.get(rule);
        return index != null && ctx.getRuleIndex() == index;
    }
}
