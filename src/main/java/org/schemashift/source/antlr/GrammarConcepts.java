package org.schemashift.source.antlr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.schemashift.model.BundledMappings;

/**
 * What a user writes at a point of the grammar, as the language's concepts ("a column definition",
 * "an expression", "a data type") rather than the dozens of tokens that can start one. The phrase of
 * each grammar rule is data ({@code mappings/grammar/concepts.yaml}); a rule without one, or one that
 * may be empty, is looked into for the rules it starts with.
 */
public final class GrammarConcepts {
    private static final Map<String, String> PHRASES = phrases();
    /** A safety bound on the states one error looks at; the grammars need a few hundred. */
    private static final int MAX_VISITS = 20_000;

    private final ATN atn;
    /** The phrase of each rule by rule index, null for a rule that has none. */
    private final String[] phraseOfRule;

    public GrammarConcepts(ATN atn, String[] ruleNames) {
        this.atn = atn;
        this.phraseOfRule = new String[ruleNames.length];
        for (int rule = 0; rule < ruleNames.length; rule++) {
            phraseOfRule[rule] = PHRASES.get(ruleNames[rule]);
        }
    }

    /**
     * The concepts that may start at {@code state} in {@code context}, where {@code offending} did
     * not fit, and the tokens they account for. Rules entered without reading a token yet are left
     * first, so that the error names what was being started ("a default value"), not its first part.
     */
    public Expected at(int state, ParserRuleContext context, Token offending) {
        ParserRuleContext ctx = context;
        int from = state;
        while (ctx != null && ctx.getParent() != null && ctx.invokingState >= 0 && nothingRead(ctx, offending)) {
            from = ctx.invokingState;
            ctx = ctx.getParent();
        }
        Set<String> concepts = new LinkedHashSet<>();
        IntervalSet covered = new IntervalSet();
        Deque<Step> work = new ArrayDeque<>();
        Set<Step> seen = new HashSet<>();
        work.push(new Step(atn.states.get(from), null, ctx));
        while (!work.isEmpty() && seen.size() < MAX_VISITS) {
            Step step = work.pop();
            if (!seen.add(step)) continue;
            if (step.state instanceof RuleStopState) {
                returnFrom(step, work);
                continue;
            }
            // Last alternative pushed first, so the walk meets the concepts in the grammar's order.
            for (int i = step.state.getNumberOfTransitions() - 1; i >= 0; i--) {
                Transition t = step.state.transition(i);
                if (t instanceof RuleTransition call) {
                    String phrase = phraseOfRule[call.target.ruleIndex];
                    IntervalSet first = atn.nextTokens(call.target);
                    if (phrase != null && !first.contains(Token.EPSILON)) {
                        concepts.add(phrase);
                        covered.addAll(first);
                    } else {
                        work.push(new Step(call.target, new Calls(call.followState, step.calls), step.context));
                    }
                } else if (t.isEpsilon()) {
                    work.push(new Step(t.target, step.calls, step.context));
                }
            }
        }
        return new Expected(concepts, covered);
    }

    private static boolean nothingRead(ParserRuleContext ctx, Token offending) {
        return ctx.getStart() == null || ctx.getStart().getTokenIndex() >= offending.getTokenIndex();
    }

    /** At the end of a rule: back to the state after the call, ours or (past our own calls) the parse's. */
    private void returnFrom(Step step, Deque<Step> work) {
        if (step.calls != null) {
            work.push(new Step(step.calls.follow, step.calls.outer, step.context));
        } else if (step.context != null && step.context.invokingState >= 0) {
            RuleTransition call = (RuleTransition) atn.states.get(step.context.invokingState).transition(0);
            work.push(new Step(call.followState, null, step.context.parent));
        }
    }

    /** The concepts expected, in grammar order, and every token that can start one of them. */
    public record Expected(Set<String> concepts, IntervalSet covered) {
    }

    /** A state reached by the walk, with the calls it made itself (innermost first) and the parse's context above them. */
    private record Step(ATNState state, Calls calls, RuleContext context) {
    }

    private record Calls(ATNState follow, Calls outer) {
    }

    private static Map<String, String> phrases() {
        Map<String, String> phrases = new TreeMap<>();
        JsonNode concepts = BundledMappings.read("/mappings/grammar/concepts.yaml").get("concepts");
        concepts.fields().forEachRemaining(e -> phrases.put(e.getKey(), e.getValue().asText()));
        return phrases;
    }
}
