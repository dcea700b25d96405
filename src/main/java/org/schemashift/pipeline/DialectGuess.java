package org.schemashift.pipeline;

import java.util.List;
import java.util.Optional;
import org.schemashift.model.Disposition;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;

/**
 * A hint when the input looks like another source dialect than --from: when most statements do
 * not parse (or are not recognised), the other dialects read the same files, and one that parses
 * at least twice as many is named. Only a failing run pays for the extra reading.
 */
public final class DialectGuess {
    private DialectGuess() {
    }

    /** {@code statements}: what the dialect {@code source} read from {@code files}. */
    public static Optional<String> hint(String source, List<SourceStatement> statements, List<SourceFile> files) {
        int total = statements.size();
        long read = parsed(statements);
        long failed = total - read - ignored(statements);
        if (failed == 0 || failed * 2 < total) return Optional.empty();
        String best = null;
        long bestRead = read;
        for (String id : Dialects.sourceIds()) {
            if (id.equals(source)) continue;
            SourceDialect other = Dialects.source(id);
            List<SourceStatement> others;
            try {
                others = DeepStack.call(() -> other.read(files, SourceOptions.NONE));
            } catch (RuntimeException | StackOverflowError e) {
                continue;
            }
            long otherRead = parsed(others);
            if (otherRead >= Math.max(1, 2 * bestRead)) {
                best = id;
                bestRead = otherRead;
            }
        }
        if (best == null) return Optional.empty();
        return Optional.of(failed + " of " + total + " statements could not be read as " + source
                + "; the input looks like " + best + " (" + bestRead + " statements read as " + best + "): try --from " + best);
    }

    private static long parsed(List<SourceStatement> statements) {
        return statements.stream().filter(s -> s.disposition() == Disposition.PARSED).count();
    }

    private static long ignored(List<SourceStatement> statements) {
        return statements.stream().filter(s -> s.disposition() == Disposition.IGNORED).count();
    }
}
