package org.schemashift.source;

/** One input file: the name shown in reports (relative path as given) and its text. */
public record SourceFile(String name, String content) {
}
