package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.schemashift.model.SourceSpan;
import org.schemashift.source.antlr.SourcePositions;

/** Where an offset of a unit's text stands in the file, for what the passes before and beside the parser find. */
final class LineIndex {
    private final SourcePositions positions;
    private final List<Integer> lineStarts = new ArrayList<>();

    LineIndex(String code, SourcePositions positions) {
        this.positions = positions;
        lineStarts.add(0);
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') lineStarts.add(i + 1);
        }
    }

    /** The file position of {@code offset} in the unit's text. */
    SourceSpan span(int offset) {
        int found = Collections.binarySearch(lineStarts, offset);
        int lineIndex = found >= 0 ? found : -found - 2;
        int line = lineIndex + 1;
        return new SourceSpan(positions.file(), positions.line(line), positions.column(line, offset - lineStarts.get(lineIndex) + 1));
    }
}
