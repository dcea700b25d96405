package org.schemashift.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * What a column type means, independent of any dialect's spelling: a source dialect's type rules
 * read its types into this ({@code mappings/types/<source>.yaml}, section {@code read}), a target's
 * rules spell it ({@code mappings/types/<target>.yaml}, section {@code write}). One meaning has one
 * representation, so a target spells each meaning once whatever the source.
 *
 * <ul>
 *   <li>{@code name}: the Calcite type. Time zones are in the name: {@code TIMESTAMP_TZ} keeps each
 *       value's zone (Oracle WITH TIME ZONE), {@code TIMESTAMP_WITH_LOCAL_TIME_ZONE} stores an
 *       instant shown in the session's zone (Oracle WITH LOCAL TIME ZONE, MySQL TIMESTAMP).
 *       Calcite's unsigned names (UTINYINT...) are not used: {@code unsigned} says it, for DECIMAL
 *       and the floating types too.</li>
 *   <li>{@code precision}: digits of a DECIMAL, fractional-second digits of a TIME/TIMESTAMP,
 *       length of a CHAR/VARCHAR/BINARY/VARBINARY (bits of a BIT), the leading-field precision of an
 *       interval, the upper length limit of a large object when the source states one (MySQL
 *       TINYTEXT 255). Null when the source left it unsaid: the SQL standard's default (TIMESTAMP
 *       6, DECIMAL "any precision"), and on a TINYINT precision 1 is MySQL's boolean convention
 *       {@code tinyint(1)}.</li>
 *   <li>{@code scale}: digits after the point of a DECIMAL (null: not written, which means 0; kept
 *       apart from an explicit 0 because targets spell the two differently), fractional-second
 *       digits of a DAY TO SECOND interval, the D of MySQL FLOAT(M,D).</li>
 *   <li>{@code lengthUnit}: Oracle's BYTE or CHAR length semantics when written, else null.</li>
 *   <li>{@code large}: a large object (CLOB, TEXT, BLOB): unbounded or bounded only by its size
 *       class, stored out of row, with the target's LOB limitations (no plain index, no default).</li>
 *   <li>{@code national}: a national character type (NCHAR, NVARCHAR2, NCLOB).</li>
 *   <li>{@code members}: the members of an ENUM or SET, in order.</li>
 *   <li>{@code extension}: a type Calcite has no name for, lower case; {@code name} is then the
 *       nearest Calcite type: json, xml, enum, set, rowid, bfile (VARCHAR); mediumint (INTEGER);
 *       year (SMALLINT); bit (BINARY, precision in bits); sdo_geometry and the MySQL spatial
 *       subtypes point, linestring... (GEOMETRY).</li>
 * </ul>
 */
public record CanonicalType(SqlTypeName name, Integer precision, Integer scale, LengthUnit lengthUnit,
                            boolean unsigned, boolean large, boolean national, List<String> members, String extension) {

    /** Whether a character length counts bytes or characters (Oracle VARCHAR2(10 BYTE) / (10 CHAR)). */
    public enum LengthUnit { BYTE, CHAR }

    public CanonicalType {
        members = List.copyOf(members);
        extension = extension == null ? null : extension.toLowerCase(Locale.ROOT);
    }

    /** A plain type without facets: {@code of(SqlTypeName.DATE)}. */
    public static CanonicalType of(SqlTypeName name) {
        return new CanonicalType(name, null, null, null, false, false, false, List.of(), null);
    }

    /** Readable form for messages and tests: {@code DECIMAL(10,2) UNSIGNED}, {@code VARCHAR(30 CHAR) NATIONAL}, {@code INTEGER [mediumint]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name.getName());
        if (precision != null || scale != null) {
            s.append('(').append(precision == null ? "*" : precision);
            if (scale != null) s.append(',').append(scale);
            if (lengthUnit != null) s.append(' ').append(lengthUnit);
            s.append(')');
        }
        if (!members.isEmpty()) s.append(members.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", ", "(", ")")));
        if (unsigned) s.append(" UNSIGNED");
        if (large) s.append(" LARGE");
        if (national) s.append(" NATIONAL");
        if (extension != null) s.append(" [").append(extension).append(']');
        return s.toString();
    }
}
