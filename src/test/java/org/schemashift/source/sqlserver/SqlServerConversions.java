package org.schemashift.source.sqlserver;

import java.util.List;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;

/** Converts a T-SQL script for the SQL Server tests. */
final class SqlServerConversions {
    private SqlServerConversions() {
    }

    static ConversionResult convert(String script, String target) {
        return new ConversionPipeline("sqlserver", target, null).run(List.of(new SourceFile("test.sql", script)));
    }

    static String schema(String script, String target) {
        return SchemaScript.render(convert(script, target));
    }
}
