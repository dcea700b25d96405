package org.schemashift.source;

/**
 * One statement as cut from a file by a dialect's statement splitter, without its delimiter.
 *
 * @param text   the statement as written in the file
 * @param code   what the parser reads: the same characters, with anything the dialect executes
 *               despite looking like a comment (MySQL's {@code /*!50705} markers) blanked; same
 *               length and line breaks as {@code text}, so positions agree (Oracle's SQL*Plus
 *               substitution variables are the one exception: their values replace {@code &name}, so
 *               columns after one on the same line shift; lines still agree)
 * @param line   1-based line of the statement's first character
 * @param column 1-based column of the statement's first character
 */
public record RawStatement(String text, String code, int line, int column) {
}
