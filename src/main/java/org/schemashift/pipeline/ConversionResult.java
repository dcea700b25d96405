package org.schemashift.pipeline;

import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Decision;
import org.schemashift.model.SourceStatement;
import org.schemashift.emit.EmittedObject;

/**
 * Everything one conversion produced: the statements read (with the source stage's items),
 * the target DDL in apply order, the items the convert and target stages raised, and the
 * automated decisions they made (which rule converted what).
 */
public record ConversionResult(String source, String target, List<SourceStatement> statements,
                               List<EmittedObject> objects, List<ActionItem> conversionItems, List<Decision> decisions) {

    /** A result without decisions. */
    public ConversionResult(String source, String target, List<SourceStatement> statements,
                            List<EmittedObject> objects, List<ActionItem> conversionItems) {
        this(source, target, statements, objects, conversionItems, List.of());
    }
}
