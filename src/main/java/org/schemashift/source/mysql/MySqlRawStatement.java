package org.schemashift.source.mysql;

/**
 * One statement as cut from a file by {@link MySqlStatementSplitter}, without its delimiter.
 *
 * @param text   the statement as written in the file
 * @param code   the same characters with version-comment markers ({@code /*!50705} and its
 *               closing {@code *}{@code /}) blanked, so their content parses as code; same length
 *               and line breaks as {@code text}, so positions agree
 * @param line   1-based line of the statement's first character
 * @param column 1-based column of the statement's first character
 */
public record MySqlRawStatement(String text, String code, int line, int column) {
}
