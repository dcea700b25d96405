package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.sql.CodeTables;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.TableElementContext;

/**
 * The tables T-SQL code creates for itself: {@code #t} (CREATE TABLE #t, SELECT ... INTO #t),
 * {@code ##t}, table variables ({@code DECLARE @t TABLE}, named as the variable is, {@code V_t}),
 * and SELECT ... INTO a new permanent table. A #t and a table variable end with their procedure
 * (https://learn.microsoft.com/sql/t-sql/statements/create-table-transact-sql#temporary-tables),
 * so each is dropped at every RETURN and at the end of the body ({@link #dropAll}); the created
 * table keeps its columns, NOT NULL, defaults, identity and keys, the rest is reported.
 */
final class TsqlTables {
    private final SqlServerTableBuilder tables;
    private final TsqlVariables variables;
    private final List<ActionItem> notes;
    /** The temporary tables created so far, by upper-case name: their IR names in creation order. */
    private final Map<String, String> created = new LinkedHashMap<>();

    TsqlTables(SqlServerTableBuilder tables, TsqlVariables variables, List<ActionItem> notes) {
        this.tables = tables;
        this.variables = variables;
        this.notes = notes;
    }

    /** {@code DECLARE @t TABLE (...)}. */
    Statement variable(String variable, List<TableElementContext> elements, SourceSpan span) {
        String name = variables.name(variable);
        notes.add(SqlServerCode.TEMPORARY_TABLE_IN_CODE.at(span, "table variable " + variable + " is the temporary table " + name
                + ", dropped when the routine ends; unlike the variable, its rows follow ROLLBACK"));
        return create(name, elements, span);
    }

    /** {@code CREATE TABLE #t (...)}. */
    Statement temporary(ObjectName table, List<TableElementContext> elements, SourceSpan span) {
        String name = table.name();
        if (!name.startsWith("#")) throw new TsqlExpressions.NotConverted("CREATE TABLE of a permanent table in code: create it "
                + "with the schema");
        temporaryNote(name, span);
        return create(name, elements, span);
    }

    /** {@code SELECT ... INTO t}: a table of the query's columns, filled with its rows. */
    Statement selectInto(ObjectName table, SqlNode query, SourceSpan span) {
        String name = table.name();
        boolean temporary = name.startsWith("#");
        if (temporary) {
            temporaryNote(name, span);
            created.put(key(name), name);
        }
        return new Statement.CreateTable(temporary || table.schema() == null ? name : table.schema() + "." + name, temporary,
                List.of(), List.of(), query, span);
    }

    /** {@code DROP TABLE #t}: the temporary tables are dropped if they exist; a permanent one is not converted. */
    List<Statement> drop(List<ObjectName> names, SourceSpan span) {
        List<Statement> drops = new ArrayList<>();
        for (ObjectName table : names) {
            if (!table.name().startsWith("#")) throw new TsqlExpressions.NotConverted("DROP TABLE of a permanent table in code");
            drops.add(new Statement.DropTable(table.name(), span));
        }
        return drops;
    }

    /** The drops of every temporary table created so far (newest first): what ends with the routine. */
    List<Statement> dropAll(SourceSpan span) {
        List<String> names = new ArrayList<>(created.values());
        java.util.Collections.reverse(names);
        return names.stream().<Statement>map(n -> new Statement.DropTable(n, span)).toList();
    }

    private void temporaryNote(String name, SourceSpan span) {
        if (name.startsWith("##")) {
            notes.add(SqlServerCode.GLOBAL_TEMPORARY_TABLE.at(span, name + " is visible to this session only"));
        } else {
            notes.add(SqlServerCode.TEMPORARY_TABLE_IN_CODE.at(span, name + " is a temporary table of the session, dropped when "
                    + "the routine ends; a routine it calls that creates " + name + " too replaces it"));
        }
    }

    private Statement create(String name, List<TableElementContext> elements, SourceSpan span) {
        Table table = tables.table(new ObjectName(null, name), elements, span);
        if (CodeTables.losesConstraints(table)) {
            notes.add(SqlServerCode.TEMPORARY_TABLE_CONSTRAINT.at(span, name + ": " + table.checks().size() + " check(s), "
                    + table.foreignKeys().size() + " foreign key(s) and " + table.indexes().size() + " index(es) not created"));
        }
        created.put(key(name), name);
        return CodeTables.temporary(table, name, variables::rename, false, TsqlExpressions.NotConverted::new, span);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
