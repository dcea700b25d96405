package org.schemashift.plan;

import java.util.Locale;
import org.schemashift.emit.TargetCapabilities.UnquotedCase;
import org.schemashift.model.NameCase;

/**
 * How a source name is spelled in the target, before shortening and quoting. An ordinary source
 * name (any name of a case-insensitive source, an all-upper Oracle name) is written lower case,
 * the idiomatic form on every target; a name the source keeps case-sensitive keeps its case.
 * Names of a source that compares every name in its case (MySQL tables on Linux) fold like an
 * insensitive source's: two that then clash are renamed by the {@link Namespace}, with an item.
 * A target that keeps unquoted names as written (MySQL) keeps a case-insensitive source's names as
 * they were written too, so a MySQL-to-MySQL conversion does not rename tables.
 */
public record NameFolding(NameCase sourceCase, UnquotedCase targetCase) {

    public String fold(String sourceName) {
        return switch (sourceCase) {
            case INSENSITIVE, SENSITIVE -> targetCase == UnquotedCase.PRESERVE ? sourceName : sourceName.toLowerCase(Locale.ROOT);
            case UPPER_CANONICAL -> sourceName.equals(sourceName.toUpperCase(Locale.ROOT))
                    ? sourceName.toLowerCase(Locale.ROOT) : sourceName;
            case LOWER_CANONICAL -> sourceName;
        };
    }
}
