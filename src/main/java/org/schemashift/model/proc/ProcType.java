package org.schemashift.model.proc;

import java.util.List;
import org.schemashift.model.DataType;

/**
 * The type of a variable, parameter, field or result in procedural code. Kept apart from
 * {@link DataType} so the model can move to a canonical type in one place ({@link Declared}), while
 * the procedural kinds of type (anchors, declared record and collection types, cursor references,
 * rows) stay the same for every source and target.
 */
public sealed interface ProcType {

    /** A data type of the model (after conversion: the target type). */
    record Declared(DataType type) implements ProcType {
    }

    /**
     * A type taken from something else: {@code %TYPE} of a column ({@code [schema.]table.column}) or
     * of a variable, {@code %ROWTYPE} of a table or a cursor. {@code resolved} is null until a pass
     * resolves the reference against the catalog; targets that have anchors of their own may write
     * the reference itself.
     */
    record Anchored(List<String> reference, Anchor anchor, ProcType resolved) implements ProcType {
        public Anchored {
            reference = List.copyOf(reference);
        }

        public Anchored withResolved(ProcType type) {
            return new Anchored(reference, anchor, type);
        }
    }

    /** What an anchor takes: the type of one column or variable, or the row of a table or cursor. */
    enum Anchor { TYPE, ROWTYPE }

    /** A record or collection type declared in the code ({@link Declaration.RecordType}, {@link Declaration.CollectionType}) or a user type of the catalog. */
    record Named(List<String> name) implements ProcType {
        public Named {
            name = List.copyOf(name);
        }
    }

    /** A cursor reference (Oracle SYS_REFCURSOR / REF CURSOR, PostgreSQL refcursor, T-SQL CURSOR variables). */
    record CursorReference() implements ProcType {
    }

    /** An anonymous row of named fields: the columns of RETURNS TABLE (...), or a table-valued result. */
    record Row(List<Field> fields) implements ProcType {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** One field of a record type or row. */
    record Field(String name, ProcType type) {
    }
}
