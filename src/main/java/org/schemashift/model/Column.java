package org.schemashift.model;

/**
 * A table column. {@code onUpdate} is MySQL's ON UPDATE expression (CURRENT_TIMESTAMP),
 * null elsewhere. {@code defaultValue}, {@code identity}, {@code generated} and
 * {@code comment} are null when absent. {@code defaultOnNull}: an explicitly inserted NULL takes the
 * default too, or the next identity value on an identity column (Oracle's DEFAULT ON NULL and
 * identity BY DEFAULT ON NULL); {@code defaultOnNullOnUpdate}: so does a NULL an UPDATE sets
 * (Oracle 23ai's DEFAULT ON NULL FOR INSERT AND UPDATE).
 */
public record Column(String name, DataType type, boolean nullable, Expr defaultValue,
                     Identity identity, GeneratedColumn generated, Expr onUpdate, String comment,
                     boolean invisible, SourceSpan span, boolean defaultOnNull, boolean defaultOnNullOnUpdate) {

    public Column {
        name = Shared.string(name);
        type = Shared.type(type);
    }

    /** A column whose default applies only when the INSERT omits it, as in most dialects. */
    public Column(String name, DataType type, boolean nullable, Expr defaultValue, Identity identity, GeneratedColumn generated,
                  Expr onUpdate, String comment, boolean invisible, SourceSpan span) {
        this(name, type, nullable, defaultValue, identity, generated, onUpdate, comment, invisible, span, false);
    }

    /** A column whose DEFAULT ON NULL, if any, applies to inserts only. */
    public Column(String name, DataType type, boolean nullable, Expr defaultValue, Identity identity, GeneratedColumn generated,
                  Expr onUpdate, String comment, boolean invisible, SourceSpan span, boolean defaultOnNull) {
        this(name, type, nullable, defaultValue, identity, generated, onUpdate, comment, invisible, span, defaultOnNull, false);
    }

    public Column withType(DataType t) {
        return new Column(name, t, nullable, defaultValue, identity, generated, onUpdate, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withName(String n) {
        return new Column(n, type, nullable, defaultValue, identity, generated, onUpdate, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withNullable(boolean n) {
        return new Column(name, type, n, defaultValue, identity, generated, onUpdate, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withDefault(Expr d) {
        return new Column(name, type, nullable, d, identity, generated, onUpdate, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withIdentity(Identity i) {
        return new Column(name, type, nullable, defaultValue, i, generated, onUpdate, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withGenerated(GeneratedColumn g) {
        return new Column(name, type, nullable, defaultValue, identity, g, onUpdate, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withOnUpdate(Expr u) {
        return new Column(name, type, nullable, defaultValue, identity, generated, u, comment, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withInvisible(boolean i) {
        return new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, comment, i, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withComment(String c) {
        return new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, c, invisible, span,
                defaultOnNull, defaultOnNullOnUpdate);
    }

    public Column withDefaultOnNull(boolean d) {
        return new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, comment, invisible, span,
                d, defaultOnNullOnUpdate);
    }
}
