package org.schemashift.convert;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
        Integer known = lines(file).get(pointer(e.getPath()));
        JsonLocation at = e.getLocation();
        String line = known != null ? known.toString() : at == null ? "?" : String.valueOf(at.getLineNr());
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

    /**
     * The line of every key and list entry of the file, by JSON pointer ({@code /rename/0/kind}):
     * the mapper reads a rule whole before it checks it, so its own location can be past the key.
     */
    static Map<String, Integer> lines(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = MappingRules.YAML.getFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        } catch (IOException ignored) {
            // a file the mapper read but the parser cannot: the mapper's own location is used
        }
        return lines;
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            out.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return out.toString();
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
