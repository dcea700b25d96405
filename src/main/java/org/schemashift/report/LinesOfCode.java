package org.schemashift.report;

import java.util.Set;
import org.schemashift.model.ObjectKind;

/**
 * Lines of code of a code object (procedure, function, package, trigger, view): lines with
 * something other than white space or a comment on them, so that a commented-out block or a
 * license header does not weigh as code.
 */
final class LinesOfCode {
    static final Set<ObjectKind> CODE_KINDS = Set.of(ObjectKind.PROCEDURE, ObjectKind.FUNCTION, ObjectKind.PACKAGE,
            ObjectKind.TRIGGER, ObjectKind.VIEW);

    private LinesOfCode() {
    }

    /** The count for a code object, null for any other kind. */
    static Integer of(ObjectKind kind, String text) {
        return CODE_KINDS.contains(kind) ? count(text) : null;
    }

    /** Counts lines holding code; quotes are not tracked, so "--" inside a string ends nothing here (lines are counted, not parsed). */
    static int count(String text) {
        int lines = 0;
        boolean inBlockComment = false;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String rest = line.strip();
            boolean code = false;
            while (!rest.isEmpty()) {
                if (inBlockComment) {
                    int end = rest.indexOf("*/");
                    if (end < 0) {
                        rest = "";
                    } else {
                        inBlockComment = false;
                        rest = rest.substring(end + 2).strip();
                    }
                } else if (rest.startsWith("/*")) {
                    inBlockComment = true;
                    rest = rest.substring(2);
                } else if (rest.startsWith("--") || rest.startsWith("#")) {
                    rest = "";
                } else {
                    code = true;
                    // skip to the next comment on this line: a block comment may run on to the next lines
                    int block = rest.indexOf("/*");
                    int dash = rest.indexOf("--");
                    rest = block >= 0 && (dash < 0 || block < dash) ? rest.substring(block) : "";
                }
            }
            if (code) lines++;
        }
        return lines;
    }
}
