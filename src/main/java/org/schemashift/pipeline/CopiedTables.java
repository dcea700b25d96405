package org.schemashift.pipeline;

import java.util.List;
import java.util.Objects;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TableLoad;

/**
 * The tables a data-copy task loads, with the target names the conversion decided (case folding,
 * the length limit, uniqueness, the user's mapping rules: whatever the plan claimed): the one
 * input of the copy-task writers ({@link DmsTableMappings}, {@link PgloaderCommands}). Source names
 * are those of the model, which are the source catalog's (an unquoted Oracle name is upper case).
 */
public record CopiedTables(String source, String target, List<TableLoad.Copy> tables) {
    public CopiedTables {
        tables = List.copyOf(tables);
    }

    public static CopiedTables of(ConversionResult result) {
        return new CopiedTables(result.source(), result.target(),
                result.objects().stream().map(EmittedObject::load).filter(Objects::nonNull).map(TableLoad::copy).toList());
    }
}
