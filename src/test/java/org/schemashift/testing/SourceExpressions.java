package org.schemashift.testing;

import org.apache.calcite.sql.SqlSelect;
import org.schemashift.model.Disposition;
import org.schemashift.model.Expr;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.Dialects;
import org.schemashift.source.SourceFile;

/**
 * Test support: a source expression as SchemaShift's own builder reads it (Oracle: the select item
 * of a view over DUAL; MySQL: a generated column of a table with an INT column {@code a}).
 */
public final class SourceExpressions {
    private SourceExpressions() {
    }

    public static Expr read(String source, String expression) {
        String ddl = source.equals("oracle")
                ? "CREATE VIEW test_input AS SELECT " + expression + " FROM DUAL;\n"
                : "CREATE TABLE test_input (a INT, g VARCHAR(200) AS (" + expression + "));\n";
        SourceStatement statement = Dialects.source(source).read(new SourceFile("test.sql", ddl)).get(0);
        if (statement.disposition() != Disposition.PARSED) {
            throw new IllegalArgumentException("does not parse: " + ddl + statement.actionItems());
        }
        SchemaChange change = statement.changes().get(0);
        if (change instanceof SchemaChange.CreateView view) {
            return new Expr(((SqlSelect) view.view().query().node()).getSelectList().get(0), expression);
        }
        return ((SchemaChange.CreateTable) change).table().columns().get(1).generated().expression();
    }
}
