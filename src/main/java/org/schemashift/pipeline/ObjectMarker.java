package org.schemashift.pipeline;

import org.schemashift.model.SourceSpan;
import org.schemashift.emit.EmittedObject;

/**
 * The comment line schema.sql carries before each object:
 * {@code -- schemashift:object <kind> <name> @ <file>:<line>}. {@code apply} splits the script on
 * these lines, so the objects it runs and journals are the text of schema.sql as the user left
 * it (hand edits included), while psql sees only comments. The location part is absent for
 * objects that have no source statement (schemas).
 */
public record ObjectMarker(String kind, String name, String source) {
    private static final String PREFIX = "-- schemashift:object ";
    private static final String AT = " @ ";

    public static ObjectMarker of(EmittedObject object) {
        SourceSpan origin = object.origin();
        String source = origin == null || origin.line() == 0 ? null : origin.file() + ":" + origin.line();
        return new ObjectMarker(object.kind().id(), object.name(), source);
    }

    public String line() {
        return PREFIX + kind + " " + name + (source == null ? "" : AT + source);
    }

    /** The marker on this line, or null when the line is not one. */
    public static ObjectMarker parse(String line) {
        if (!line.startsWith(PREFIX)) return null;
        String rest = line.substring(PREFIX.length()).strip();
        int space = rest.indexOf(' ');
        if (space < 0) return null;
        String kind = rest.substring(0, space);
        String nameAndSource = rest.substring(space + 1).strip();
        // the last " @ " separates: a quoted identifier may contain one, a file name rarely does
        int at = nameAndSource.lastIndexOf(AT);
        if (at < 0) return new ObjectMarker(kind, nameAndSource, null);
        return new ObjectMarker(kind, nameAndSource.substring(0, at), nameAndSource.substring(at + AT.length()));
    }
}
