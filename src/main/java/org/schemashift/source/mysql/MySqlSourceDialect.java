package org.schemashift.source.mysql;

import java.util.List;
import org.schemashift.model.NameCase;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;

/** TEMPORARY STUB until the mysql-source branch lands. */
public final class MySqlSourceDialect implements SourceDialect {
    public String id() { return "mysql"; }
    public NameCase nameCase() { return NameCase.INSENSITIVE; }
    public List<SourceStatement> read(SourceFile file) { return List.of(); }
}
