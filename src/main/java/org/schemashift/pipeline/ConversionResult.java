package org.schemashift.pipeline;

import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.model.BuiltinCall;
import org.schemashift.model.Catalog;
import org.schemashift.model.Decision;
import org.schemashift.model.NameCase;
import org.schemashift.model.RenamedName;
import org.schemashift.model.SourceStatement;
import org.schemashift.emit.EmittedObject;

/**
 * Everything one conversion produced: the statements read (with the source stage's items),
 * the target DDL in apply order, the items the convert and target stages raised, and the
 * automated decisions they made (which rule converted what), the calls of source built-ins
 * they met, and the names the user's rename rules gave ({@code renamed}: source → target per
 * schema, table, column..., for the stages that must map data between them). {@code nameCase}:
 * which of the source's names are one object (the report groups statements by it).
 * {@code sourceSchema}: the schema the user said the scripts ran in ({@code --source-schema}), null
 * when not said.
 */
public record ConversionResult(String source, String target, List<SourceStatement> statements,
                               List<EmittedObject> objects, List<ActionItem> conversionItems, List<Decision> decisions,
                               List<BuiltinCall> builtinCalls, List<RenamedName> renamed, Catalog sourceCatalog, NameCase nameCase,
                               String sourceSchema) {

    /**
     * A result without the source catalog (null): the copy task's type changes are then unknown; the
     * source's names match whatever their case.
     */
    public ConversionResult(String source, String target, List<SourceStatement> statements,
                            List<EmittedObject> objects, List<ActionItem> conversionItems, List<Decision> decisions,
                            List<BuiltinCall> builtinCalls, List<RenamedName> renamed) {
        this(source, target, statements, objects, conversionItems, decisions, builtinCalls, renamed, null, NameCase.INSENSITIVE, null);
    }

    /** A result without renames. */
    public ConversionResult(String source, String target, List<SourceStatement> statements,
                            List<EmittedObject> objects, List<ActionItem> conversionItems, List<Decision> decisions,
                            List<BuiltinCall> builtinCalls) {
        this(source, target, statements, objects, conversionItems, decisions, builtinCalls, List.of());
    }

    /** A result without built-in calls. */
    public ConversionResult(String source, String target, List<SourceStatement> statements,
                            List<EmittedObject> objects, List<ActionItem> conversionItems, List<Decision> decisions) {
        this(source, target, statements, objects, conversionItems, decisions, List.of());
    }

    /** A result without decisions. */
    public ConversionResult(String source, String target, List<SourceStatement> statements,
                            List<EmittedObject> objects, List<ActionItem> conversionItems) {
        this(source, target, statements, objects, conversionItems, List.of());
    }
}
