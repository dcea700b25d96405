package org.schemashift.model.proc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.UserType;

/**
 * Something a block (or a package) declares. Every language's declarations fit: Oracle's DECLARE
 * section and package members, MySQL's DECLARE statements at the top of BEGIN ... END, T-SQL's
 * DECLARE @v anywhere in a batch (the builder hoists them to the block).
 */
public sealed interface Declaration permits Declaration.Variable, Declaration.Cursor, Declaration.NamedCondition,
        Declaration.RecordType, Declaration.CollectionType, Declaration.Subprogram, Unsupported {

    /** The declared name (null for {@link Unsupported}). */
    String name();

    SourceSpan span();

    <R> R accept(Visitor<R> visitor);

    /** A variable, or a constant when {@code constant}; {@code initialValue} is null when none is given. */
    record Variable(String name, ProcType type, SqlNode initialValue, boolean constant, boolean notNull, SourceSpan span)
            implements Declaration {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitVariable(this);
        }
    }

    /** A named cursor over {@code query}, with parameters (Oracle) and, when {@code scroll}, movable backwards (T-SQL SCROLL). */
    record Cursor(String name, List<Parameter> parameters, SqlNode query, boolean scroll, SourceSpan span) implements Declaration {
        public Cursor {
            parameters = List.copyOf(parameters);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCursor(this);
        }
    }

    /**
     * A condition name: an Oracle user exception (with PRAGMA EXCEPTION_INIT's number in
     * {@code errorNumber}), a MySQL {@code DECLARE c CONDITION FOR SQLSTATE '...' | number}.
     * {@code sqlState} and {@code errorNumber} are null when the source gives none.
     */
    record NamedCondition(String name, String sqlState, Integer errorNumber, SourceSpan span) implements Declaration {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNamedCondition(this);
        }
    }

    /**
     * A record type with named fields (Oracle TYPE ... IS RECORD); {@code defaults} is empty, or
     * holds each field's default value (null for a field without one), which a new record of the type starts with.
     */
    record RecordType(String name, List<ProcType.Field> fields, List<SqlNode> defaults, SourceSpan span) implements Declaration {
        public RecordType {
            fields = List.copyOf(fields);
            defaults = Collections.unmodifiableList(new ArrayList<>(defaults));
        }

        /** A record type whose fields have no default values. */
        public RecordType(String name, List<ProcType.Field> fields, SourceSpan span) {
            this(name, fields, List.of(), span);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRecordType(this);
        }
    }

    /**
     * A collection type: a list of {@code element} (Oracle nested table; VARRAY when {@code maxSize}
     * is set) or, when {@code indexType} is set, a map from index to element (associative array).
     */
    record CollectionType(String name, ProcType element, ProcType indexType, Integer maxSize, SourceSpan span)
            implements Declaration {
        /**
         * The collection types of the schema (user types of category ARRAY: VARRAY, nested table) as
         * code sees them, by upper-case name; an element that is an object type of {@code types} is named, a row.
         */
        public static Map<String, CollectionType> of(List<UserType> types) {
            Set<String> objects = new HashSet<>();
            types.forEach(t -> {
                if (!t.attributes().isEmpty()) objects.add(t.name().name().toUpperCase(Locale.ROOT));
            });
            Map<String, CollectionType> collections = new HashMap<>();
            for (UserType type : types) {
                if (!"ARRAY".equals(type.category())) continue;
                String element = type.baseType().name();
                ProcType elementType = objects.contains(element.toUpperCase(Locale.ROOT))
                        ? new ProcType.Named(List.of(element)) : new ProcType.Declared(type.baseType());
                collections.put(type.name().name().toUpperCase(Locale.ROOT),
                        new CollectionType(type.name().name(), elementType, null, type.maxSize(), type.span()));
            }
            return collections;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCollectionType(this);
        }
    }

    /**
     * A routine declared inside a block or package (Oracle nested subprograms and package members);
     * {@code body} is null for a forward declaration or a package specification entry (or code
     * outside the IR: LANGUAGE JAVA / C); {@code traits} as a routine's.
     */
    record Subprogram(String name, RoutineSignature signature, RoutineBody body, SourceSpan span, RoutineTraits traits)
            implements Declaration {
        public Subprogram {
            traits = traits == null ? RoutineTraits.NONE : traits;
        }

        /** A subprogram that declares no traits. */
        public Subprogram(String name, RoutineSignature signature, RoutineBody body, SourceSpan span) {
            this(name, signature, body, span, RoutineTraits.NONE);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSubprogram(this);
        }
    }

    /** One method per declaration kind: a target's writer implements them all. */
    interface Visitor<R> {
        R visitVariable(Variable variable);

        R visitCursor(Cursor cursor);

        R visitNamedCondition(NamedCondition condition);

        R visitRecordType(RecordType type);

        R visitCollectionType(CollectionType type);

        R visitSubprogram(Subprogram subprogram);

        R visitUnsupported(Unsupported unsupported);
    }
}
