package org.schemashift.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.model.NameCase;

/**
 * The one naming policy of a conversion: a source name folded for the target and shortened to its
 * limit ({@link #name}), quoted where used ({@link #quote}). Names that must also be unique in a
 * namespace are claimed through {@link Namespace}; this class only spells.
 */
public final class TargetNaming {
    private final NameFolding folding;
    private final IdentifierSpelling spelling;
    private final boolean caseSensitive;
    private final Renames renames;

    public TargetNaming(NameCase sourceCase, TargetCapabilities.Identifiers identifiers) {
        this(new NameFolding(sourceCase, identifiers.unquotedCase()), new IdentifierSpelling(identifiers),
                identifiers.caseSensitive(), Renames.NONE);
    }

    TargetNaming(NameFolding folding, IdentifierSpelling spelling, boolean caseSensitive, Renames renames) {
        this.folding = folding;
        this.spelling = spelling;
        this.caseSensitive = caseSensitive;
        this.renames = renames;
    }

    /** This policy with a user's renames: a renamed source name is spelled as its rule says. */
    TargetNaming withRenames(Renames r) {
        return new TargetNaming(folding, spelling, caseSensitive, r);
    }

    NameFolding folding() {
        return folding;
    }

    /** The target name of a source name (schema, table, column, constraint...), unquoted. */
    public String name(String sourceName) {
        return spelling.shorten(fold(sourceName));
    }

    /** The folded name (or the name a rename rule gives it) before shortening. */
    public String fold(String sourceName) {
        String renamed = renames.target(sourceName);
        return renamed != null ? renamed : folding.fold(sourceName);
    }

    public String quote(String targetName) {
        return spelling.quote(targetName);
    }

    /** {@code schema.name} quoted; {@code schema} null: the name alone. */
    public String qualified(String schema, String name) {
        return spelling.qualified(schema, name);
    }

    public String qualified(TargetName name) {
        return spelling.qualified(name.schema(), name.name());
    }

    /** The target names of source columns, quoted, comma-separated. */
    public String columnList(List<String> sourceColumns) {
        return sourceColumns.stream().map(c -> quote(name(c))).collect(Collectors.joining(", "));
    }

    /** The key under which two target names are the same name (case-folded where the target ignores case). */
    public String key(String targetName) {
        return caseSensitive ? targetName : targetName.toLowerCase(Locale.ROOT);
    }

    public IdentifierSpelling spelling() {
        return spelling;
    }
}
