package org.schemashift.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS DMS data type of a column, as DMS documents the types it reads from each source and
 * writes to each target ("Source data types for Oracle / SQL Server / MySQL", "Target data types
 * for PostgreSQL / MySQL"), with the length, precision and scale a change-data-type rule takes.
 * The copy task must be told of a column whose target type is of another kind than DMS reads the
 * source's as (a NUMBER(1) or TINYINT(1) made boolean, a NUMBER made bigint by a rule); a LOB
 * (blob, clob, nclob) takes no change-data-type in DMS, so it is only noted.
 */
record DmsDataTypes(String type, Integer length, Integer precision, Integer scale) {
    /** A name, arguments in parentheses, and what follows them ({@code timestamp(6) with time zone}, {@code int unsigned}). */
    private static final Pattern SPELLING = Pattern.compile("([a-z_][a-z_0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\)(.*))?");

    /** What DMS moves values as: types of one kind need no change-data-type between them. */
    String kind() {
        return switch (type) {
            case "int1", "int2", "int4", "int8", "uint1", "uint2", "uint4", "uint8" -> "integer";
            case "string", "wstring" -> "string";
            case "real4", "real8" -> "real";
            default -> type;
        };
    }

    boolean lob() {
        return type.equals("blob") || type.equals("clob") || type.equals("nclob");
    }

    /** The rule's {@code data-type} object: the type and, where it has them, length or precision and scale. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        if (length != null) out.put("length", length);
        if (precision != null) out.put("precision", precision);
        if (scale != null) out.put("scale", scale);
        return out;
    }

    /** The DMS type of a column of {@code dialect} spelled {@code spelling} ({@code numeric(12,2)}), or null when unknown. */
    static DmsDataTypes of(String dialect, String spelling) {
        Matcher m = SPELLING.matcher(spelling.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) return null;
        String name = m.group(1).strip();
        boolean unsigned = name.endsWith(" unsigned") || m.group(4) != null && m.group(4).contains("unsigned");
        if (name.endsWith(" unsigned")) name = name.substring(0, name.length() - " unsigned".length());
        if (m.group(4) != null && m.group(4).contains("time zone")) name = name + " with time zone";
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return switch (dialect) {
            case "oracle" -> oracle(name, first, second);
            case "sqlserver" -> sqlServer(name, first, second);
            case "mysql" -> mysql(name, first, second, unsigned);
            case "postgresql" -> postgresql(name, first, second);
            default -> null;
        };
    }

    private static DmsDataTypes oracle(String name, Integer precision, Integer scale) {
        return switch (name) {
            case "number", "numeric", "decimal" -> {
                if (precision == null) yield simple("numeric");
                if (scale != null && scale > 0) yield numeric(precision, scale);
                if (scale != null && scale < 0) yield simple("real8");
                if (precision <= 2) yield simple("int1");
                if (precision <= 4) yield simple("int2");
                if (precision <= 9) yield simple("int4");
                if (precision <= 18) yield simple("int8");
                yield numeric(precision, 0);
            }
            case "integer", "int", "smallint" -> numeric(38, 0);
            case "float", "binary_double", "double precision" -> simple("real8");
            case "binary_float", "real" -> simple("real4");
            case "char", "varchar2", "varchar", "character" -> string("string", precision);
            case "nchar", "nvarchar2" -> string("wstring", precision);
            case "date", "timestamp" -> simple("datetime");
            case "clob", "long" -> simple("clob");
            case "nclob" -> simple("nclob");
            case "blob", "long raw", "bfile" -> simple("blob");
            case "raw" -> string("bytes", precision);
            default -> null;
        };
    }

    private static DmsDataTypes sqlServer(String name, Integer first, Integer second) {
        return switch (name) {
            case "bigint" -> simple("int8");
            case "int" -> simple("int4");
            case "smallint" -> simple("int2");
            case "tinyint" -> simple("uint1");
            case "bit" -> simple("boolean");
            case "decimal", "numeric" -> numeric(first == null ? 18 : first, second == null ? 0 : second);
            case "money" -> numeric(19, 4);
            case "smallmoney" -> numeric(10, 4);
            case "float" -> simple("real8");
            case "real" -> simple("real4");
            case "date" -> simple("date");
            case "time" -> simple("time");
            case "datetime", "datetime2", "smalldatetime", "datetimeoffset" -> simple("datetime");
            case "char", "varchar" -> first == null && name.equals("varchar") ? simple("clob") : string("string", first);
            case "nchar", "nvarchar" -> first == null && name.equals("nvarchar") ? simple("nclob") : string("wstring", first);
            case "text" -> simple("clob");
            case "ntext", "xml" -> simple("nclob");
            case "binary", "varbinary" -> first == null && name.equals("varbinary") ? simple("blob") : string("bytes", first);
            case "image" -> simple("blob");
            case "uniqueidentifier" -> string("string", 36);
            default -> null;
        };
    }

    private static DmsDataTypes mysql(String name, Integer first, Integer second, boolean unsigned) {
        return switch (name) {
            case "tinyint" -> simple(unsigned ? "uint1" : "int1");
            case "smallint", "year" -> simple(unsigned ? "uint2" : "int2");
            case "mediumint", "int", "integer" -> simple(unsigned ? "uint4" : "int4");
            case "bigint" -> simple(unsigned ? "uint8" : "int8");
            case "decimal", "numeric", "dec", "fixed" -> numeric(first == null ? 10 : first, second == null ? 0 : second);
            case "float" -> simple("real4");
            case "double", "double precision", "real" -> simple("real8");
            case "bit" -> simple("bytes");
            case "bool", "boolean" -> simple("int1");
            case "date" -> simple("date");
            case "time" -> simple("time");
            case "datetime", "timestamp" -> simple("datetime");
            case "char", "varchar" -> string("wstring", first);
            case "enum", "set" -> simple("wstring");
            case "binary", "varbinary" -> string("bytes", first);
            case "tinytext", "text", "mediumtext", "longtext", "json" -> simple("nclob");
            case "tinyblob", "blob", "mediumblob", "longblob" -> simple("blob");
            default -> null;
        };
    }

    private static DmsDataTypes postgresql(String name, Integer first, Integer second) {
        return switch (name) {
            case "boolean", "bool" -> simple("boolean");
            case "smallint" -> simple("int2");
            case "integer", "int" -> simple("int4");
            case "bigint" -> simple("int8");
            case "numeric", "decimal" -> first == null ? simple("numeric") : numeric(first, second == null ? 0 : second);
            case "real" -> simple("real4");
            case "double precision" -> simple("real8");
            case "date" -> simple("date");
            case "time", "time with time zone", "time without time zone" -> simple("time");
            case "timestamp", "timestamp with time zone", "timestamp without time zone", "timestamptz" -> simple("datetime");
            case "char", "character", "varchar", "character varying" -> string("wstring", first);
            case "text", "json", "jsonb", "xml" -> simple("nclob");
            case "bytea" -> simple("blob");
            case "uuid" -> string("string", 36);
            default -> null;
        };
    }

    private static DmsDataTypes simple(String type) {
        return new DmsDataTypes(type, null, null, null);
    }

    private static DmsDataTypes numeric(int precision, int scale) {
        return new DmsDataTypes("numeric", null, precision, scale);
    }

    private static DmsDataTypes string(String type, Integer length) {
        return new DmsDataTypes(type, length, null, null);
    }
}
