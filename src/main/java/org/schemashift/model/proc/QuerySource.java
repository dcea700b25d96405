package org.schemashift.model.proc;

import java.util.List;
import org.apache.calcite.sql.SqlNode;

/** Where a cursor, a query FOR loop or RETURN QUERY takes its rows from: a query, or the text of one built at run time. */
public sealed interface QuerySource {

    /** A query written in the code, as a canonical tree. */
    record Static(SqlNode query) implements QuerySource {
    }

    /**
     * A query built at run time: {@code text} is a string expression, {@code arguments} fill its placeholders in order.
     * {@code query}: the text, known when converting, read as a query ({@link Statement.DynamicSql#statement}), or
     * null; {@code text} may be null when the query is given.
     */
    record Dynamic(SqlNode text, List<SqlNode> arguments, SqlNode query) implements QuerySource {
        public Dynamic {
            arguments = List.copyOf(arguments);
        }

        public Dynamic(SqlNode text, List<SqlNode> arguments) {
            this(text, arguments, null);
        }
    }
}
