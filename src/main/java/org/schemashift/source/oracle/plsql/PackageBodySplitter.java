package org.schemashift.source.oracle.plsql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Finds where each subprogram of a package body starts and ends without parsing it, so one that
 * does not parse costs only itself: words are matched as PL/SQL nests them (a subprogram's heading
 * up to IS / AS or its semicolon, its declarations up to BEGIN, then BEGIN / IF / LOOP / CASE up to
 * their END), skipping strings and comments. One pass over the text.
 */
final class PackageBodySplitter {

    /** The text {@code [start, end)} of one top-level subprogram, and its name as written. */
    record Segment(int start, int end, String name) {
    }

    private enum Frame { HEADING, CALL_SPEC, DECLARATIONS, BODY, NESTED }

    private final String code;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<Segment> segments = new ArrayList<>();
    private int parens;
    private int segmentStart = -1;
    private String segmentName;
    private String previousWord = "";

    private PackageBodySplitter(String code) {
        this.code = code;
    }

    /** The top-level subprograms of the package body {@code code}, in order. */
    static List<Segment> split(String code) {
        PackageBodySplitter splitter = new PackageBodySplitter(code);
        splitter.run();
        return splitter.segments;
    }

    private void run() {
        boolean inBody = false;
        int i = 0;
        while (i < code.length()) {
            int skipped = PlSqlText.skipQuotedOrComment(code, i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = code.charAt(i);
            if (Character.isLetter(c)) {
                int end = PlSqlText.wordEnd(code, i);
                String word = code.substring(i, end).toUpperCase(Locale.ROOT);
                if (!inBody) {
                    inBody = word.equals("IS") || word.equals("AS");
                } else if (!word(word, i, end)) {
                    return;
                }
                previousWord = word;
                i = end;
                continue;
            }
            if (c == '"') {
                i = PlSqlText.skipQuotedOrComment(code, i);
                continue;
            }
            if (c == '(') parens++;
            if (c == ')') parens--;
            if (c == ';' && parens == 0) semicolon(i);
            if (!Character.isWhitespace(c)) previousWord = String.valueOf(c);
            i++;
        }
    }

    /** Reads one word; false at the package's own initialisation BEGIN or final END (no more subprograms). */
    private boolean word(String word, int start, int end) {
        Frame top = frames.peek();
        if (top == null) {
            if (word.equals("PROCEDURE") || word.equals("FUNCTION")) {
                segmentStart = start;
                segmentName = nextWord(end);
                frames.push(Frame.HEADING);
                return true;
            }
            // a CASE expression in a package variable's initial value ends with END too
            if (word.equals("CASE")) frames.push(Frame.NESTED);
            return !(word.equals("BEGIN") || word.equals("END"));
        }
        if (top == Frame.HEADING && parens == 0 && (word.equals("IS") || word.equals("AS"))) {
            frames.pop();
            String next = nextWord(end).toUpperCase(Locale.ROOT);
            frames.push(next.equals("LANGUAGE") || next.equals("EXTERNAL") ? Frame.CALL_SPEC : Frame.DECLARATIONS);
        } else if (top == Frame.DECLARATIONS && (word.equals("PROCEDURE") || word.equals("FUNCTION"))) {
            frames.push(Frame.HEADING);
        } else if (top == Frame.DECLARATIONS && word.equals("BEGIN")) {
            frames.pop();
            frames.push(Frame.BODY);
        } else if (top == Frame.BODY || top == Frame.NESTED || top == Frame.DECLARATIONS) {
            nesting(word);
        }
        return true;
    }

    /** BEGIN, IF, LOOP and CASE open (unless they follow END), END closes. */
    private void nesting(String word) {
        boolean afterEnd = previousWord.equals("END");
        if (!afterEnd && (word.equals("BEGIN") || word.equals("IF") || word.equals("LOOP") || word.equals("CASE"))) {
            frames.push(Frame.NESTED);
        } else if (word.equals("END")) {
            Frame closed = frames.pop();
            // a subprogram's END: what remains up to its semicolon is its name
            if (closed == Frame.BODY) frames.push(Frame.HEADING);
        }
    }

    /** A semicolon at parenthesis depth 0: ends a heading (forward declaration), a call spec or a finished body. */
    private void semicolon(int at) {
        Frame top = frames.peek();
        if (top != Frame.HEADING && top != Frame.CALL_SPEC) return;
        frames.pop();
        if (frames.isEmpty()) {
            segments.add(new Segment(segmentStart, at + 1, segmentName));
            segmentStart = -1;
        }
    }

    private String nextWord(int from) {
        int i = from;
        while (i < code.length() && !PlSqlText.isWordPart(code.charAt(i)) && code.charAt(i) != '"') i++;
        int end = i < code.length() && code.charAt(i) == '"' ? code.indexOf('"', i + 1) + 1 : PlSqlText.wordEnd(code, i);
        return code.substring(i, Math.max(i, end));
    }
}
