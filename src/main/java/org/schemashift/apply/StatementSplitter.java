package org.schemashift.apply;

import java.util.List;

/**
 * Cuts one object's SQL into single statements, the way the target's own client would: a ';'
 * inside a string, a quoted identifier, a comment or a routine body does not end a statement.
 * Comments between statements are dropped; comments inside a statement are kept.
 */
public interface StatementSplitter {
    List<String> split(String sql);
}
