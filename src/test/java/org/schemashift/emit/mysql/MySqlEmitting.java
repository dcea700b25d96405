package org.schemashift.emit.mysql;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.ActionCode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Catalog;
import org.schemashift.model.DataType;
import org.schemashift.model.NameCase;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.source.oracle.OracleSourceDialect;
import org.schemashift.testing.MariaDbScripts;

/**
 * Runs the MySQL writer on a schema given as source SQL, for specifications of the writer alone,
 * and applies what it writes to MariaDB (a case whose output does not apply fails):
 * each column keeps its type as the source spelled it, in lower case (so cases use types MySQL has), and its
 * expressions as read, without the type and function rules.
 */
record MySqlEmitting(List<EmittedObject> objects, List<ActionItem> items) {

    static MySqlEmitting fromMySql(String sql) {
        return emit(new MySqlSourceDialect().read(new SourceFile("t.sql", sql)), NameCase.INSENSITIVE);
    }

    static MySqlEmitting fromOracle(String sql) {
        return emit(new OracleSourceDialect().read(List.of(new SourceFile("t.sql", sql)), SourceOptions.NONE),
                NameCase.UPPER_CANONICAL);
    }

    private static MySqlEmitting emit(List<SourceStatement> statements, NameCase nameCase) {
        Catalog catalog = new CatalogAssembler(new ActionItems()).assemble(statements);
        Catalog typed = catalog.withTables(catalog.tables().stream().map(MySqlEmitting::asWritten).toList());
        ActionItems items = new ActionItems();
        List<EmittedObject> objects = new MySqlTargetDialect().emit(typed, nameCase, items, TargetOptions.DEFAULTS);
        MySqlEmitting out = new MySqlEmitting(objects, items.all());
        try {
            MariaDbScripts.apply("mysql_target", out.sql());
        } catch (SQLException e) {
            throw new AssertionError("MariaDB rejects the output: " + e.getMessage(), e);
        }
        return out;
    }

    private static Table asWritten(Table table) {
        return table.withColumns(table.columns().stream().map(c -> c.withType(asWritten(c.type()))).toList());
    }

    /** The source spelling in lower case as the target type, character set and collation kept, as the type rules keep them. */
    private static DataType asWritten(DataType type) {
        String spelling = type.sourceText().toLowerCase(Locale.ROOT);
        return new DataType(spelling, null, null, Set.of(), List.of(), type.charset(), type.collation(), spelling);
    }

    /** The whole script, objects separated by blank lines. */
    String sql() {
        return objects.stream().map(EmittedObject::sql).collect(Collectors.joining("\n\n"));
    }

    /** The SQL of the object named {@code name}. */
    String sql(String name) {
        return objects.stream().filter(o -> o.name().equals(name)).map(EmittedObject::sql).findFirst()
                .orElseThrow(() -> new AssertionError("no object " + name + " in\n" + sql()));
    }

    List<String> messages(ActionCode code) {
        return items.stream().filter(i -> i.code() == code).map(ActionItem::message).toList();
    }
}
