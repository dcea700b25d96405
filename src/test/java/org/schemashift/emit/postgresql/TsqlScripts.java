package org.schemashift.emit.postgresql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.SharedPostgres;

/** T-SQL scripts (statements without semicolons, as SQL Server reads them) converted and created on PostgreSQL. */
final class TsqlScripts {
    private TsqlScripts() {
    }

    /** {@code tsql} (file {@code name}.sql) converted to PostgreSQL, with the rules file {@code rules} (null: none). */
    static ConversionResult convert(String name, String tsql, Path rules) {
        return new ConversionPipeline("sqlserver", "postgresql", rules).run(List.of(new SourceFile(name + ".sql", tsql)));
    }

    /** A fresh database holding {@code result}'s schema, created with function bodies checked. */
    static Connection created(String name, ConversionResult result) throws SQLException {
        Connection db = SharedPostgres.freshDatabase("tsql_" + name);
        SharedPostgres.runScript(db, "SET check_function_bodies = on");
        SharedPostgres.runScript(db, SchemaScript.render(result));
        return db;
    }

    /** Every action item of the conversion, its own and its statements'. */
    static List<ActionItem> items(ConversionResult result) {
        List<ActionItem> items = new ArrayList<>(result.conversionItems());
        result.statements().forEach(s -> items.addAll(s.actionItems()));
        return items;
    }
}
