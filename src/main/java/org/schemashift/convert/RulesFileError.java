package org.schemashift.convert;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The message for a rules file that does not hold valid rules: {@code file:line: where: what is wrong},
 * where {@code where} names the section and the rule's position in it ({@code rename[2]}), so the
 * user finds the rule without counting.
 */
final class RulesFileError {
    private RulesFileError() {
    }

    static String describe(Path file, JsonMappingException e) {
        String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
        String where = where(e.getPath());
        String what;
        if (e instanceof UnrecognizedPropertyException unknown) {
            what = "unknown key '" + unknown.getPropertyName() + "' (known: " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        } else {
            Throwable cause = e.getCause();
            what = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        }
        return file + ":" + line + ": " + (where.isEmpty() ? "" : where + ": ") + what;
    }

    /** The path to the failing value: {@code rename[2].case}; indexes counted from 1 as a reader counts rules. */
    private static String where(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) out.append('.');
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return out.toString();
    }
}
