package org.schemashift.model;

/**
 * An identity / auto-increment column. {@code always} distinguishes GENERATED ALWAYS from
 * BY DEFAULT (MySQL AUTO_INCREMENT behaves as BY DEFAULT); null numbers mean "not given".
 */
public record Identity(boolean always, Long start, Long increment, Long minValue, Long maxValue,
                       Boolean cycle, Long cache) {

    public static Identity byDefault(Long start) {
        return new Identity(false, start, null, null, null, null, null);
    }

    public Identity withStart(Long newStart) {
        return new Identity(always, newStart, increment, minValue, maxValue, cycle, cache);
    }
}
