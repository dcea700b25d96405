package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.OracleParsing;

/**
 * A package body that does not parse as a whole: each subprogram ({@link PackageBodySplitter}) is
 * parsed on its own, those with a syntax error are blanked out of the body (spaces, so positions
 * stay) and the rest is parsed again. Each one that failed becomes a {@link Declaration.Subprogram}
 * whose body is {@link Unsupported} (its text and the error), and a statement of its own with the
 * PARSE_ERROR item: the package's other subprograms still convert.
 */
final class UnreadSubprograms {
    private static final Pattern PACKAGE_BODY = Pattern.compile(
            "(?is)\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?((NON)?EDITIONABLE\\s+)?PACKAGE\\s+BODY\\b.*");

    /** One subprogram that did not parse: where it stands, its text and the error. */
    record Unread(SourceSpan span, String text, String name, boolean function, ActionItem error) {
    }

    private final List<Unread> unread = new ArrayList<>();
    private final String blanked;

    private UnreadSubprograms(String code, SourcePositions positions, OracleParsing parsing) {
        LineIndex lines = new LineIndex(code, positions);
        char[] out = code.toCharArray();
        for (PackageBodySplitter.Segment segment : PackageBodySplitter.split(code)) {
            String text = code.substring(segment.start(), segment.end());
            SourceSpan start = lines.span(segment.start());
            SourcePositions at = new SourcePositions(positions.file(), new RawStatement(text, text, start.line(), start.column()));
            try {
                parsing.parseSubprogram(text);
            } catch (SyntaxError e) {
                ActionItem error = e.actionItem(at);
                unread.add(new Unread(at.statementSpan(), text, OracleNames.identifier(segment.name()),
                        text.toUpperCase(Locale.ROOT).startsWith("FUNCTION"), error));
                for (int i = segment.start(); i < segment.end(); i++) {
                    if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
                }
            }
        }
        this.blanked = new String(out);
    }

    /**
     * The subprograms of package body {@code code} that do not parse, and the body without them;
     * none when {@code code} is not a package body.
     */
    static UnreadSubprograms find(String code, SourcePositions positions, OracleParsing parsing) {
        return PACKAGE_BODY.matcher(code).matches() ? new UnreadSubprograms(code, positions, parsing) : null;
    }

    boolean any() {
        return !unread.isEmpty();
    }

    /** The body with the unread subprograms replaced by spaces. */
    String readable() {
        return blanked;
    }

    /** Each unread subprogram as a package member whose body says why it was not read. */
    List<Declaration.Subprogram> declarations() {
        return unread.stream().map(u -> new Declaration.Subprogram(u.name(), new RoutineSignature(List.of(), null),
                new RoutineBody(new Block(null, List.of(), List.of(new Unsupported(u.text(), u.span(), "subprogram not read (line "
                        + u.error().span().line() + ":" + u.error().span().column() + "): " + u.error().message())), List.of(), u.span()),
                        NameConflict.COLUMN),
                u.span())).toList();
    }

    /** Each unread subprogram as a statement of its own, with its PARSE_ERROR item. */
    List<SourceStatement> statements(String packageName) {
        return unread.stream().map(u -> new SourceStatement(u.span(), u.text(), u.function() ? ObjectKind.FUNCTION
                : ObjectKind.PROCEDURE, packageName + "." + u.name(), Disposition.ERROR, List.of(), List.of(u.error()))).toList();
    }
}
