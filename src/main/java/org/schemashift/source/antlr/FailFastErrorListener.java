package org.schemashift.source.antlr;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import java.util.function.IntFunction;

/**
 * Stops the parse at the first syntax error with a message in readable words: token names such as
 * {@code BACKTICK_ID} become "identifier", keywords are shown as written.
 */
public final class FailFastErrorListener extends BaseErrorListener {

    private static final int MAX_EXPECTED = 16;

    /** Keywords that are also identifiers: listed once as "identifier", not one by one. */
    private final IntervalSet nonReservedKeywords;
    private final int identifierToken;
    /** The dialect's readable name for a token kind ("identifier", "string"), or null for keywords and punctuation. */
    private final IntFunction<String> tokenKinds;

    public FailFastErrorListener(IntervalSet nonReservedKeywords, int identifierToken, IntFunction<String> tokenKinds) {
        this.nonReservedKeywords = nonReservedKeywords;
        this.identifierToken = identifierToken;
        this.tokenKinds = tokenKinds;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        String message = msg;
        if (e instanceof NoViableAltException noViable && offendingSymbol instanceof Token token) {
            // The tokens fit no form of the construct that starts at startToken: a list of what could
            // have started it would mislead, so name the construct's text and where it went wrong.
            message = "unexpected " + describe(token) + " after '" + textBefore(noViable.getStartToken(), token) + "'";
        } else if (recognizer instanceof Parser parser && offendingSymbol instanceof Token token) {
            IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                    : parser.getExpectedTokens();
            if (expected.contains(identifierToken)) {
                expected = expected.subtract(nonReservedKeywords);
            }
            message = "mismatched input " + describe(token) + " expecting " + describe(expected, parser.getVocabulary(), tokenKinds);
        }
        throw new SyntaxError(line, charPositionInLine + 1, message);
    }

    /** The text from {@code start} up to (not including) {@code offending}, on one line and cut to 60 characters. */
    private static String textBefore(Token start, Token offending) {
        if (start.getInputStream() == null || offending.getStartIndex() <= start.getStartIndex()) return start.getText();
        String text = start.getInputStream().getText(new Interval(start.getStartIndex(), offending.getStartIndex() - 1));
        text = text.strip().replaceAll("\\s+", " ");
        return text.length() > 60 ? "..." + text.substring(text.length() - 57) : text;
    }

    private static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of statement";
        }
        return "'" + token.getText() + "'";
    }

    /** Kinds of token first (identifier, string, ...), then punctuation, then keywords. */
    static String describe(IntervalSet expected, Vocabulary vocabulary, IntFunction<String> tokenKinds) {
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
        java.util.Set<String> punctuation = new java.util.LinkedHashSet<>();
        java.util.Set<String> keywords = new java.util.LinkedHashSet<>();
        for (int type : expected.toList()) {
            String word = readable(type, vocabulary, tokenKinds);
            if (!word.startsWith("'")) {
                kinds.add(word);
            } else if (Character.isLetter(word.charAt(1))) {
                keywords.add(word);
            } else {
                punctuation.add(word);
            }
        }
        List<String> words = new ArrayList<>(kinds);
        words.addAll(punctuation);
        words.addAll(keywords);
        if (words.size() == 1) {
            return words.get(0);
        }
        String shown = String.join(", ", words.subList(0, Math.min(words.size(), MAX_EXPECTED)));
        return "{" + shown + (words.size() > MAX_EXPECTED ? ", ..." : "") + "}";
    }

    private static String readable(int type, Vocabulary vocabulary, IntFunction<String> tokenKinds) {
        if (type == Token.EOF) return "end of statement";
        String kind = tokenKinds.apply(type);
        if (kind != null) return kind;
        String literal = vocabulary.getLiteralName(type);
        if (literal != null) return literal;
        String symbolic = vocabulary.getSymbolicName(type);
        return symbolic != null ? symbolic : "<" + type + ">";
    }
}
