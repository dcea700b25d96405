package org.schemashift.model;

import java.util.List;

/**
 * A user-defined type. {@code category} is OBJECT, ENUM, DOMAIN, ARRAY (VARRAY / nested table) or
 * ALIAS; {@code attributes} are the fields of an object type, {@code values} the labels of an enum,
 * {@code baseType} the element or underlying type. {@code check} (null when absent) is a domain's
 * condition, with the identifier VALUE for the value checked.
 */
public record UserType(ObjectName name, String category, List<Column> attributes, List<String> values,
                       DataType baseType, SourceSpan span, CheckConstraint check) {
    /** A named base type (SQL Server alias types): {@code baseType} is the type it stands for. */
    public static final String DOMAIN = "DOMAIN";

    public UserType {
        attributes = List.copyOf(attributes);
        values = List.copyOf(values);
    }

    public UserType withTypes(List<Column> newAttributes, DataType newBaseType) {
        return new UserType(name, category, newAttributes, values, newBaseType, span, check);
    }

    /** A type without a check. */
    public UserType(ObjectName name, String category, List<Column> attributes, List<String> values, DataType baseType,
                    SourceSpan span) {
        this(name, category, attributes, values, baseType, span, null);
    }

    public UserType withCheck(CheckConstraint c) {
        return new UserType(name, category, attributes, values, baseType, span, c);
    }
}
