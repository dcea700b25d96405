package org.schemashift.source.oracle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.model.DataType;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Builds {@link DataType}s from Oracle type syntax, one canonical lower-case name per type so the
 * type rules match one spelling:
 * <ul>
 *   <li>{@code number}: length = precision, scale = scale, both null when not written;
 *       NUMBER(*) and NUMBER(*, s) have a null precision. DECIMAL / DEC / NUMERIC(p,s) are NUMBER(p,s)
 *       and without arguments NUMBER(38,0).</li>
 *   <li>{@code integer}, {@code int}, {@code smallint} stay as written (Oracle makes all three
 *       NUMBER(38)); {@code float} with its binary precision; {@code real}; {@code double precision};
 *       {@code binary_float}, {@code binary_double}; {@code pls_integer} / {@code binary_integer}
 *       are {@code pls_integer}; {@code bool} is {@code boolean}.</li>
 *   <li>{@code varchar2} (VARCHAR, CHARACTER VARYING, CHAR VARYING too), {@code nvarchar2} (national
 *       varying), {@code char} (CHARACTER; length 1 when not written), {@code nchar}; modifier
 *       {@code byte} or {@code char} when the length semantics are written.</li>
 *   <li>{@code timestamp} with the fractional precision as length (null: Oracle's default 6) and
 *       modifier {@code with time zone} or {@code with local time zone}; {@code interval year to month}
 *       (length = year precision); {@code interval day to second} (length = day precision, scale =
 *       fractional seconds).</li>
 *   <li>{@code long}, {@code long raw}, {@code raw}, {@code urowid} (length as written), and the
 *       simple names date, clob, nclob, blob, bfile, rowid, json.</li>
 *   <li>Any other name (XMLTYPE, SDO_GEOMETRY, a user type) is the name as written, lower case,
 *       without a SYS / MDSYS / PUBLIC owner; {@code %TYPE} references keep their text.</li>
 * </ul>
 */
public final class OracleTypeBuilder {
    private static final Set<String> SYSTEM_OWNERS = Set.of("SYS", "MDSYS", "PUBLIC", "XDB");

    private final SourcePositions positions;

    public OracleTypeBuilder(SourcePositions positions) {
        this.positions = positions;
    }

    public DataType type(DataTypeContext ctx) {
        String text = positions.text(ctx);
        Set<String> modifiers = new LinkedHashSet<>();
        String name;
        Integer length = null;
        Integer scale = null;
        if (ctx instanceof NumberTypeContext t) {
            name = "number";
            if (t.precision != null && t.precision.INTEGER_LITERAL() != null) length = Integer.valueOf(t.precision.getText());
            if (t.scale != null) scale = Integer.valueOf(t.scale.getText());
        } else if (ctx instanceof FloatTypeContext t) {
            name = "float";
            if (t.INTEGER_LITERAL() != null) length = Integer.valueOf(t.INTEGER_LITERAL().getText());
        } else if (ctx instanceof DecimalTypeContext t) {
            name = "number";
            length = t.INTEGER_LITERAL() != null ? Integer.valueOf(t.INTEGER_LITERAL().getText()) : 38;
            scale = t.signedInteger() != null ? Integer.valueOf(t.signedInteger().getText()) : 0;
        } else if (ctx instanceof SimpleTypeContext t) {
            name = switch (t.name.getType()) {
                case OracleParser.BINARY_INTEGER -> "pls_integer";
                case OracleParser.BOOL -> "boolean";
                default -> t.name.getText().toLowerCase(Locale.ROOT);
            };
        } else if (ctx instanceof DoublePrecisionTypeContext) {
            name = "double precision";
        } else if (ctx instanceof CharacterTypeContext t) {
            CharacterTypeNameContext n = t.characterTypeName();
            boolean national = n.NVARCHAR2() != null || n.NCHAR() != null || n.NATIONAL() != null;
            boolean varying = n.VARCHAR2() != null || n.VARCHAR() != null || n.NVARCHAR2() != null || n.VARYING() != null;
            name = varying ? (national ? "nvarchar2" : "varchar2") : (national ? "nchar" : "char");
            if (t.INTEGER_LITERAL() != null) length = Integer.valueOf(t.INTEGER_LITERAL().getText());
            else if (!varying) length = 1;
            if (t.semantics != null) modifiers.add(t.semantics.getText().toLowerCase(Locale.ROOT));
        } else if (ctx instanceof TimestampTypeContext t) {
            name = "timestamp";
            if (t.INTEGER_LITERAL() != null) length = Integer.valueOf(t.INTEGER_LITERAL().getText());
            if (t.ZONE() != null) modifiers.add(t.LOCAL() != null ? "with local time zone" : "with time zone");
        } else if (ctx instanceof IntervalYearTypeContext t) {
            name = "interval year to month";
            if (t.INTEGER_LITERAL() != null) length = Integer.valueOf(t.INTEGER_LITERAL().getText());
        } else if (ctx instanceof IntervalDayTypeContext t) {
            name = "interval day to second";
            if (t.dayPrecision != null) length = Integer.valueOf(t.dayPrecision.getText());
            if (t.secondPrecision != null) scale = Integer.valueOf(t.secondPrecision.getText());
        } else if (ctx instanceof LongTypeContext t) {
            name = t.RAW() != null ? "long raw" : "long";
        } else if (ctx instanceof RawTypeContext t) {
            name = t.RAW() != null ? "raw" : "urowid";
            if (t.INTEGER_LITERAL() != null) length = Integer.valueOf(t.INTEGER_LITERAL().getText());
        } else {
            NamedTypeContext t = (NamedTypeContext) ctx;
            List<IdentifierContext> parts = t.tableName().identifier();
            boolean systemOwner = parts.size() == 2 && SYSTEM_OWNERS.contains(OracleNames.identifier(parts.get(0)));
            name = t.PERCENT_TYPE() != null || t.PERCENT_ROWTYPE() != null || (parts.size() == 2 && !systemOwner)
                    ? text : OracleNames.identifier(parts.get(parts.size() - 1));
            if (t.INTEGER_LITERAL() != null) length = Integer.valueOf(t.INTEGER_LITERAL().getText());
        }
        return new DataType(name, length, scale, modifiers, List.of(), null, null, text);
    }
}
