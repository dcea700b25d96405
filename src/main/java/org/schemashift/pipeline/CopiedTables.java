package org.schemashift.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TableLoad;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.Table;

/**
 * The tables a data-copy task loads, with the target names the conversion decided (case folding,
 * the length limit, uniqueness, the user's mapping rules: whatever the plan claimed) and each
 * column's source and target types: the one input of the copy-task writers ({@link DmsTableMappings},
 * {@link PgloaderCommands}). Source names are those of the model, which are the source catalog's
 * (an unquoted Oracle name is upper case). {@code sourceDefaultSchema} is where the source keeps a
 * table the input names without a schema: the one the user said the scripts ran in
 * ({@code --source-schema}), else the one the source dialect fixes (SQL Server's {@code dbo}); null
 * when it is the connection's and not said.
 */
public record CopiedTables(String source, String target, String sourceDefaultSchema, List<TableLoad.Copy> tables) {
    public CopiedTables {
        tables = List.copyOf(tables);
    }

    public static CopiedTables of(ConversionResult result) {
        Map<String, String> sourceTypes = sourceTypes(result.sourceCatalog());
        return new CopiedTables(result.source(), result.target(), sourceDefaultSchema(result),
                result.objects().stream().map(EmittedObject::load).filter(Objects::nonNull).map(TableLoad::copy)
                        .map(copy -> withSourceTypes(copy, sourceTypes)).toList());
    }

    /**
     * What to tell the user when tables named without a schema must be located in every source schema
     * ({@code %} in dms-table-mappings.json) because neither {@code --source-schema} nor the dialect
     * says where they live: a DMS task on a source with several such tables of one name would copy them all.
     */
    public static Optional<String> unlocatedNotice(ConversionResult result) {
        if (sourceDefaultSchema(result) != null) return Optional.empty();
        long count = result.objects().stream().map(EmittedObject::load).filter(Objects::nonNull)
                .filter(load -> load.copy().source().schema() == null).count();
        if (count == 0) return Optional.empty();
        return Optional.of(count + (count == 1 ? " table is" : " tables are") + " named without a schema: dms-table-mappings.json"
                + " selects them in every source schema ('%'); give --source-schema NAME to locate them");
    }

    /** Where the source keeps a table named without a schema: the user's --source-schema, else the dialect's; null when neither says. */
    private static String sourceDefaultSchema(ConversionResult result) {
        return result.sourceSchema() != null ? result.sourceSchema() : Dialects.source(result.source()).defaultSchema();
    }

    private static TableLoad.Copy withSourceTypes(TableLoad.Copy copy, Map<String, String> sourceTypes) {
        return new TableLoad.Copy(copy.source(), copy.target(), copy.columns().stream()
                .map(c -> c.withSourceType(sourceTypes.get(key(copy.source().key(), c.source())))).toList());
    }

    /** The source type of every column of the source catalog (none: unknown), by table key and column name. */
    private static Map<String, String> sourceTypes(Catalog catalog) {
        Map<String, String> types = new HashMap<>();
        if (catalog == null) return types;
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) types.put(key(table.name().key(), column.name()), column.type().sourceText());
        }
        return types;
    }

    private static String key(String table, String column) {
        return table + "\u0000" + column.toLowerCase(Locale.ROOT);
    }
}
