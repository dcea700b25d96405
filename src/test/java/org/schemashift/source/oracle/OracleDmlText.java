package org.schemashift.source.oracle;

import java.util.ArrayList;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;

/** Test support: one Oracle INSERT, UPDATE, DELETE or MERGE read by the real grammar and builder. */
public final class OracleDmlText {
    private OracleDmlText() {
    }

    public static SqlNode read(String dml) {
        SourcePositions positions = new SourcePositions("test.sql", new RawStatement(dml, dml, 1, 1));
        OracleExpressionBuilder builder = new OracleExpressionBuilder(positions, new ArrayList<>());
        return builder.visit(new OracleParsing().parseDml(dml).dmlStatement());
    }
}
