package org.schemashift.model;

import java.util.List;

/**
 * A user-defined type. {@code category} is OBJECT, ENUM, DOMAIN, ARRAY (VARRAY / nested table) or
 * ALIAS; {@code attributes} are the fields of an object type, {@code values} the labels of an enum,
 * {@code baseType} the element or underlying type. {@code check} (null when absent) is a domain's
 * condition, with the identifier VALUE for the value checked. {@code maxSize} is a VARRAY's
 * declared limit, null for any other type.
 */
public record UserType(ObjectName name, String category, List<Column> attributes, List<String> values,
                       DataType baseType, SourceSpan span, CheckConstraint check, boolean notNull, Integer maxSize) {
    /** A named base type (SQL Server alias types): {@code baseType} is the type it stands for. */
    public static final String DOMAIN = "DOMAIN";

    public UserType {
        attributes = List.copyOf(attributes);
        values = List.copyOf(values);
    }

    /** A type with a check whose columns may hold NULL. */
    public UserType(ObjectName name, String category, List<Column> attributes, List<String> values, DataType baseType,
                    SourceSpan span, CheckConstraint check) {
        this(name, category, attributes, values, baseType, span, check, false);
    }

    /** A type with a check, NOT NULL or not, and no size limit. */
    public UserType(ObjectName name, String category, List<Column> attributes, List<String> values, DataType baseType,
                    SourceSpan span, CheckConstraint check, boolean notNull) {
        this(name, category, attributes, values, baseType, span, check, notNull, null);
    }

    public UserType withTypes(List<Column> newAttributes, DataType newBaseType) {
        return new UserType(name, category, newAttributes, values, newBaseType, span, check, notNull, maxSize);
    }

    /** The type holding at most {@code size} elements (a VARRAY). */
    public UserType withMaxSize(Integer size) {
        return new UserType(name, category, attributes, values, baseType, span, check, notNull, size);
    }

    /** The type with {@code notNull}: its columns take no NULL (SQL Server alias types declared NOT NULL). */
    public UserType withNotNull(boolean n) {
        return new UserType(name, category, attributes, values, baseType, span, check, n, maxSize);
    }

    /** A type without a check. */
    public UserType(ObjectName name, String category, List<Column> attributes, List<String> values, DataType baseType,
                    SourceSpan span) {
        this(name, category, attributes, values, baseType, span, null);
    }

    public UserType withCheck(CheckConstraint c) {
        return new UserType(name, category, attributes, values, baseType, span, c, notNull, maxSize);
    }
}
