package org.schemashift.convert;

/**
 * What type rules may ask of the column a type belongs to: an identity / AUTO_INCREMENT column,
 * its source {@code name}, whether it is a key (in the primary key or a foreign key) and whether it
 * has a default. {@code name} is null for a type that is not a column's (a variable, a cast).
 */
public record ColumnFacts(boolean autoIncrement, String name, boolean key, boolean hasDefault) {

    /** A type outside a column. */
    static ColumnFacts notAColumn(boolean autoIncrement) {
        return new ColumnFacts(autoIncrement, null, false, false);
    }
}
