package org.schemashift.emit.mysql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the MySQL writer needs to know of a column's written type (its spelling from the type
 * rules): whether a key can index it whole, and how many bytes it takes in a key and in the row.
 * Character columns count 4 bytes a character: tables are written DEFAULT CHARSET=utf8mb4.
 */
record MySqlColumnType(String spelling, Kind kind, int length) {
    static final int BYTES_PER_CHARACTER = 4;
    private static final Pattern NAME_AND_LENGTH = Pattern.compile("([a-z]+)\\s*(?:\\((\\d+)[^)]*\\))?.*", Pattern.DOTALL);
    private static final Set<String> TEXTS = Set.of("tinytext", "text", "mediumtext", "longtext");
    private static final Set<String> BLOBS = Set.of("tinyblob", "blob", "mediumblob", "longblob");
    private static final Set<String> SPATIAL = Set.of("geometry", "point", "linestring", "polygon", "multipoint",
            "multilinestring", "multipolygon", "geometrycollection");

    /** CHARS and BYTES have a declared length; LOBs are indexed by a prefix only; UNINDEXABLE not at all in a plain key. */
    enum Kind { CHARS, BYTES, TEXT, BLOB, UNINDEXABLE, OTHER }

    static MySqlColumnType of(String spelling) {
        Matcher m = NAME_AND_LENGTH.matcher(spelling.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) return new MySqlColumnType(spelling, Kind.OTHER, 0);
        String name = m.group(1);
        int length = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        Kind kind = switch (name) {
            case "varchar", "char" -> Kind.CHARS;
            case "varbinary", "binary" -> Kind.BYTES;
            case "json" -> Kind.UNINDEXABLE;
            default -> TEXTS.contains(name) ? Kind.TEXT : BLOBS.contains(name) ? Kind.BLOB
                    : SPATIAL.contains(name) ? Kind.UNINDEXABLE : Kind.OTHER;
        };
        return new MySqlColumnType(spelling, kind, length);
    }

    /** A TEXT or BLOB type: a key indexes a prefix of it, a default must be an expression. */
    boolean isLob() {
        return kind == Kind.TEXT || kind == Kind.BLOB;
    }

    /** JSON and geometry take no literal default either. */
    boolean takesLiteralDefault() {
        return !isLob() && kind != Kind.UNINDEXABLE;
    }

    boolean isVarchar() {
        return spelling.toLowerCase(Locale.ROOT).startsWith("varchar");
    }

    /** Bytes of {@code characters} of this type in a key (characters for CHARS, bytes otherwise). */
    int keyBytes(int characters) {
        return kind == Kind.CHARS || kind == Kind.TEXT ? characters * BYTES_PER_CHARACTER : characters;
    }

    /** Bytes the whole value takes in a key when not cut to a prefix (8 for a number or a date, enough for the budget). */
    int keyBytes() {
        return kind == Kind.CHARS || kind == Kind.BYTES ? keyBytes(length) : 8;
    }

    /** Bytes the column counts toward MySQL's 65,535-byte row limit (a LOB counts its 12-byte pointer). */
    int rowBytes() {
        return switch (kind) {
            case CHARS, BYTES -> keyBytes(length) + (keyBytes(length) > 255 ? 2 : 1);
            case TEXT, BLOB, UNINDEXABLE -> 12;
            case OTHER -> otherRowBytes();
        };
    }

    private int otherRowBytes() {
        String name = spelling.toLowerCase(Locale.ROOT);
        if (name.startsWith("decimal") || name.startsWith("numeric")) return length / 2 + 2;
        return 8;
    }
}
