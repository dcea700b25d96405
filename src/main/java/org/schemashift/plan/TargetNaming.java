package org.schemashift.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;

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

    /** The folded name before shortening; a name that is no object's (a variable, an alias) is only folded. */
    public String fold(String sourceName) {
        return folding.fold(sourceName);
    }

    /** The user's renames, by the object each name is. */
    public Renames renames() {
        return renames;
    }

    /** The target name of a schema (its rename, or folded), shortened. */
    public String schema(String sourceSchema) {
        String renamed = renames.schema(sourceSchema);
        return spelling.shorten(renamed != null ? renamed : fold(sourceSchema));
    }

    /** The wanted target name of a table, view or sequence (its rename, or folded) before shortening. */
    public String relation(ObjectName source) {
        String renamed = renames.relation(source);
        return renamed != null ? renamed : fold(source.name());
    }

    /** The wanted target name of a routine before shortening. */
    public String routine(ObjectName source) {
        String renamed = renames.routine(source);
        return renamed != null ? renamed : fold(source.name());
    }

    /** The wanted target name of a trigger before shortening. */
    public String trigger(ObjectName source) {
        String renamed = renames.trigger(source);
        return renamed != null ? renamed : fold(source.name());
    }

    /** The wanted name of column {@code column} of table or view {@code table} before shortening. */
    public String columnFold(ObjectName table, String column) {
        String renamed = renames.column(table, column);
        return renamed != null ? renamed : fold(column);
    }

    /** The target name of column {@code column} of table or view {@code table}, unquoted. */
    public String column(ObjectName table, String column) {
        return spelling.shorten(columnFold(table, column));
    }

    /** The wanted name of index or constraint {@code name} of {@code table} before shortening. */
    public String member(ObjectName table, String name) {
        String renamed = renames.member(table, name);
        return renamed != null ? renamed : fold(name);
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

    /** The target names of source columns of {@code table}, quoted, comma-separated. */
    public String columnList(ObjectName table, List<String> sourceColumns) {
        return sourceColumns.stream().map(c -> quote(column(table, c))).collect(Collectors.joining(", "));
    }

    /** The key under which two source names are one object, by the source's rules ({@link NameCase#key}). */
    public String sourceKey(ObjectName sourceName) {
        return folding.sourceCase().key(sourceName);
    }

    /** The key under which two target names are the same name (case-folded where the target ignores case). */
    public String key(String targetName) {
        return caseSensitive ? targetName : targetName.toLowerCase(Locale.ROOT);
    }

    public IdentifierSpelling spelling() {
        return spelling;
    }
}
