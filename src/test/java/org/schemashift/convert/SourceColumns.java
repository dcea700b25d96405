package org.schemashift.convert;

import java.util.List;
import org.schemashift.model.Column;
import org.schemashift.pipeline.Dialects;
import org.schemashift.source.SourceFile;

/** Test support: a column as a source dialect's own grammar and builders read it from DDL. */
final class SourceColumns {
    private SourceColumns() {
    }

    /** The column {@code c} of {@code CREATE TABLE t (c <definition>)} read as {@code source} reads it. */
    static Column column(String source, String definition) {
        String ddl = "CREATE TABLE t (c " + definition + ");";
        var statements = Dialects.source(source).read(new SourceFile("t.sql", ddl));
        return new CatalogAssembler(new ActionItems()).assemble(List.copyOf(statements)).tables().get(0).columns().get(0);
    }
}
