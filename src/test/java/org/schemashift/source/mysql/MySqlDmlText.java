package org.schemashift.source.mysql;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;

/** Test support: one MySQL INSERT, UPDATE, DELETE or MERGE read by the real grammar and builder. */
public final class MySqlDmlText {
    private MySqlDmlText() {
    }

    public static SqlNode read(String dml) {
        SourcePositions positions = new SourcePositions("test.sql", new RawStatement(dml, dml, 1, 1));
        return new MySqlExpressionBuilder(positions).visit(new MySqlParsing().parseDml(dml).dmlStatement());
    }
}
