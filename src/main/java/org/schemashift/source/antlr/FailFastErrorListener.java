package org.schemashift.source.antlr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import java.util.function.IntFunction;

/**
 * Stops the parse at the first syntax error with a message in the words of the language, not of
 * the grammar: "expected a column definition or a table constraint, found `,`", "expected `;` or a
 * name, found `FOO`". What may start there is named as the language's concepts where the grammar
 * has one ({@link GrammarConcepts}); other tokens read as what a user types ("a name", "a string"),
 * keywords and punctuation as written; a long list is cut to the first few, concepts first, then
 * kinds of token (the likeliest fix), then punctuation, then keywords.
 */
public final class FailFastErrorListener extends BaseErrorListener {

    private static final int MAX_SHOWN = 6;
    private static final int MAX_TOKEN_TEXT = 40;
    /** The dialects' words for kinds of literal, all "a value" where several may stand. */
    private static final Set<String> LITERAL_KINDS = Set.of("a string", "an integer", "a number", "a hex literal",
            "a bit literal", "a binary literal", "a character set introducer");

    /** Keywords that are also names: covered by "a name", not listed one by one. */
    private final IntervalSet nonReservedKeywords;
    private final int identifierToken;
    /** The dialect's words for a token kind ("a name", "a string", "`<>`"), or null for a token with one spelling. */
    private final IntFunction<String> tokenKinds;
    /** Built on the first error: most files have none. */
    private GrammarConcepts concepts;

    public FailFastErrorListener(IntervalSet nonReservedKeywords, int identifierToken, IntFunction<String> tokenKinds) {
        this.nonReservedKeywords = nonReservedKeywords;
        this.identifierToken = identifierToken;
        this.tokenKinds = tokenKinds;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        String message = msg;
        if (e instanceof NoViableAltException noViable && offendingSymbol instanceof Token token
                && noViable.getStartToken().getTokenIndex() < token.getTokenIndex()) {
            // The tokens fit no form of the construct that starts at startToken: a list of what could
            // have started it would mislead, so name the construct's text and where it went wrong.
            message = "unexpected " + describe(token) + " after `" + textBefore(noViable.getStartToken(), token) + "`";
        } else if (recognizer instanceof Parser parser && offendingSymbol instanceof Token token) {
            IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                    : parser.getExpectedTokens();
            GrammarConcepts.Expected concepts = e != null
                    ? concepts(parser).at(e.getOffendingState(), (ParserRuleContext) e.getCtx(), token)
                    : concepts(parser).at(parser.getState(), parser.getContext(), token);
            if (expected.contains(identifierToken)) {
                expected = expected.subtract(nonReservedKeywords);
            }
            expected = expected.subtract(concepts.covered());
            message = "expected " + describe(concepts.concepts(), expected, parser.getVocabulary(), tokenKinds)
                    + ", found " + describe(token);
        }
        throw new SyntaxError(line, charPositionInLine + 1, message);
    }

    /** The text from {@code start} up to (not including) {@code offending}, on one line and cut to 60 characters. */
    private static String textBefore(Token start, Token offending) {
        if (start.getInputStream() == null) return start.getText();
        String text = start.getInputStream().getText(new Interval(start.getStartIndex(), offending.getStartIndex() - 1));
        text = text.strip().replaceAll("\\s+", " ");
        return text.length() > 60 ? "..." + text.substring(text.length() - 57) : text;
    }

    /** The token as written, on one line and cut short (an unterminated string can run to the end of the file). */
    private static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of statement";
        }
        String text = token.getText().replaceAll("\\s+", " ");
        return "`" + (text.length() > MAX_TOKEN_TEXT ? text.substring(0, MAX_TOKEN_TEXT) + "..." : text) + "`";
    }

    private GrammarConcepts concepts(Parser parser) {
        if (concepts == null) concepts = new GrammarConcepts(parser.getATN(), parser.getRuleNames());
        return concepts;
    }

    /**
     * "a column definition, a name, `(` or `CHECK`": the concepts first, then kinds of token ("a name"
     * the first of them), then punctuation, then keywords, the rest counted.
     */
    static String describe(Set<String> concepts, IntervalSet expected, Vocabulary vocabulary, IntFunction<String> tokenKinds) {
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> punctuation = new LinkedHashSet<>();
        Set<String> keywords = new LinkedHashSet<>();
        for (int type : expected.toList()) {
            String word = readable(type, vocabulary, tokenKinds);
            if (!word.startsWith("`")) {
                kinds.add(word);
            } else if (Character.isLetter(word.charAt(1))) {
                keywords.add(word);
            } else {
                punctuation.add(word);
            }
        }
        Set<String> words = new LinkedHashSet<>(concepts);
        if (kinds.remove("a name")) words.add("a name");
        if (kinds.stream().filter(LITERAL_KINDS::contains).count() > 1) {
            // Where any literal may stand, each kind of literal spelled out would crowd out the keywords.
            kinds.removeAll(LITERAL_KINDS);
            words.add("a value");
        }
        words.addAll(kinds);
        words.addAll(punctuation);
        words.addAll(keywords);
        List<String> shown = new ArrayList<>(words);
        if (shown.size() > MAX_SHOWN) {
            int rest = shown.size() - (MAX_SHOWN - 1);
            boolean onlyKeywordsLeft = rest <= keywords.size();
            shown = new ArrayList<>(shown.subList(0, MAX_SHOWN - 1));
            shown.add("one of " + rest + (onlyKeywordsLeft ? " other keywords" : " other words"));
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
    }

    private static String readable(int type, Vocabulary vocabulary, IntFunction<String> tokenKinds) {
        if (type == Token.EOF) return "end of statement";
        String kind = tokenKinds.apply(type);
        if (kind != null) return kind;
        String literal = vocabulary.getLiteralName(type);
        if (literal != null) return "`" + literal.substring(1, literal.length() - 1) + "`";
        String symbolic = vocabulary.getSymbolicName(type);
        return symbolic != null ? symbolic.toLowerCase(Locale.ROOT).replace('_', ' ') : "token " + type;
    }
}
