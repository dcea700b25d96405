package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;

/**
 * Procedural types as PL/pgSQL spells them. PostgreSQL has anchors of its own ({@code t.c%TYPE},
 * {@code t%ROWTYPE}), so an unresolved anchor is written as one, its table and column named as the
 * conversion renames them (a view's column, a table's column the input lacks); a cursor's row is a {@code record};
 * a collection type declared in the code is an array of its element, one of the schema keeps its
 * name (the domain over the array it became); a cursor reference is a {@code refcursor}.
 */
final class PlPgSqlTypes {
    private final PlPgSqlContext context;

    PlPgSqlTypes(PlPgSqlContext context) {
        this.context = context;
    }

    String spell(ProcType type) {
        if (type instanceof ProcType.Declared declared) return declared.type().name();
        if (type instanceof ProcType.Anchored anchored) return anchored(anchored);
        if (type instanceof ProcType.Named named) return named(named);
        if (type instanceof ProcType.CursorReference) return "refcursor";
        return "record";   // an anonymous row: PL/pgSQL's record takes any row's shape
    }

    /** {@code name type, ...}, as in RETURNS TABLE (...) or a cursor's parameter list. */
    String fields(List<ProcType.Field> fields) {
        return fields.stream().map(f -> context.name(f.name()) + " " + spell(f.type())).collect(Collectors.joining(", "));
    }

    /**
     * A type as an array's element or a cast's target, where PostgreSQL takes no anchors: a table's
     * %ROWTYPE is the table's own composite type.
     */
    String asElement(ProcType type) {
        if (type instanceof ProcType.Anchored anchored && anchored.resolved() == null && anchored.anchor() == ProcType.Anchor.ROWTYPE
                && !(anchored.reference().size() == 1 && context.scan.isCursor(anchored.reference().get(0)))) {
            return context.relation(anchored.reference());
        }
        return spell(type);
    }

    private String anchored(ProcType.Anchored anchored) {
        if (anchored.resolved() != null) return spell(anchored.resolved());
        List<String> reference = anchored.reference();
        if (anchored.anchor() == ProcType.Anchor.ROWTYPE && reference.size() == 1 && context.scan.isCursor(reference.get(0))) {
            return "record";
        }
        if (anchored.anchor() == ProcType.Anchor.ROWTYPE) return context.relation(reference) + "%ROWTYPE";
        int last = reference.size() - 1;
        return last == 0 ? context.name(reference.get(0)) + "%TYPE"
                : context.relation(reference.subList(0, last)) + "." + context.column(reference.subList(0, last), reference.get(last)) + "%TYPE";
    }

    /**
     * The element type of a collection type, as spelled; null when {@code type} is no collection
     * PL/pgSQL writes as an array.
     */
    String element(ProcType type) {
        if (type instanceof ProcType.Anchored anchored && anchored.resolved() != null) return element(anchored.resolved());
        if (type instanceof ProcType.Named named && (named.name().size() == 1 || context.scan.collection(named) != null)) {
            Declaration.CollectionType collection = context.scan.collection(named);
            return collection == null || collection.indexType() != null && !PlPgSqlAssociativeArrays.isArrayOfRows(collection)
                    ? null : asElement(collection.element());
        }
        String spelled = type instanceof ProcType.Declared ? spell(type) : "";
        return spelled.endsWith("[]") ? spelled.substring(0, spelled.length() - 2) : null;
    }

    /**
     * A type declared in the code: a collection is an array of its element (an associative array of
     * scalars a jsonb object, {@link PlPgSqlAssociativeArrays}); a record type is a
     * {@code record}, which takes its fields from the row a SELECT or FETCH puts in it (PL/pgSQL
     * declares no types in a block, so the type itself is reported where it is declared).
     */
    private String named(ProcType.Named named) {
        Declaration.CollectionType collection = context.scan.collection(named);
        if (collection != null && named.name().size() == 1 && context.scan.isSchemaCollection(named.name().get(0))) {
            return qualified(named.name());
        }
        if (collection != null) return PlPgSqlAssociativeArrays.isJsonb(collection) ? "jsonb" : asElement(collection.element()) + "[]";
        if (named.name().size() == 1 && context.scan.isRecordType(named.name().get(0))) return "record";
        return context.relation(named.name());
    }

    private String qualified(List<String> parts) {
        return parts.stream().map(context::name).collect(Collectors.joining("."));
    }
}
