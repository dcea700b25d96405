package org.schemashift.source.mysql;

import org.schemashift.source.antlr.SourcePositions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.schemashift.model.DataType;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * Builds {@link DataType}s from MySQL type syntax. Names are MySQL's canonical lower-case names, as
 * SHOW CREATE TABLE prints them, so type rules match one spelling per type:
 * integer→int, int1→tinyint, int2→smallint, int3/middleint→mediumint, int4→int, int8→bigint,
 * dec/numeric/fixed→decimal, real/float8/double precision→double, float4→float, FLOAT(p) is float for
 * p ≤ 24 and double above (the p is not kept: MySQL does not keep it either), bool→boolean,
 * character→char, [national] char varying/varcharacter→varchar, nchar/national char→char and
 * nvarchar/national varchar→varchar (both with charset utf8mb3, MySQL's national charset),
 * long/long varchar→mediumtext, long varbinary→mediumblob, geomcollection→geometrycollection.
 * SERIAL stays "serial" here; the column builder expands it. Modifiers: "unsigned", "zerofill",
 * "binary" (CHAR(n) BINARY, TEXT BINARY: the binary collation of the charset). ENUM/SET members
 * are in {@code values}, escapes resolved. {@code sourceText} is the type exactly as written.
 */
final class MySqlTypeBuilder {

    private final SourcePositions positions;

    MySqlTypeBuilder(SourcePositions positions) {
        this.positions = positions;
    }

    DataType type(DataTypeContext ctx) {
        return type(ctx, null, false, null);
    }

    /** A parameter's, result's or variable's type with the character set and collation written after it. */
    DataType type(RoutineTypeContext ctx) {
        String charset = ctx.charsetName() == null ? null : MySqlExpressionBuilder.charset(ctx.charsetName());
        String collation = ctx.collationName() == null ? null : MySqlExpressionBuilder.collation(ctx.collationName());
        return type(ctx.dataType(), charset, false, collation);
    }

    /** {@code binaryAfterCharset}: the column said CHARACTER SET cs BINARY, the same attribute as CHAR(n) BINARY. */
    DataType type(DataTypeContext ctx, String charset, boolean binaryAfterCharset, String collation) {
        String text = positions.text(ctx);
        Set<String> modifiers = new LinkedHashSet<>();
        if (binaryAfterCharset) modifiers.add("binary");
        List<String> values = new ArrayList<>();
        String name;
        Integer length = null;
        Integer scale = null;
        if (ctx instanceof IntegerTypeContext t) {
            name = switch (t.typeName.getType()) {
                case MySqlParser.INTEGER, MySqlParser.INT4 -> "int";
                case MySqlParser.INT1 -> "tinyint";
                case MySqlParser.INT2 -> "smallint";
                case MySqlParser.INT3, MySqlParser.MIDDLEINT -> "mediumint";
                case MySqlParser.INT8 -> "bigint";
                default -> lower(t.typeName);
            };
            length = length(t.fieldLength());
            numberModifiers(t.numberModifier(), modifiers);
        } else if (ctx instanceof DecimalTypeContext t) {
            name = "decimal";
            if (t.precisionSpec() != null) {
                length = Integer.valueOf(t.precisionSpec().precision.getText());
                scale = t.precisionSpec().scale == null ? null : Integer.valueOf(t.precisionSpec().scale.getText());
            }
            numberModifiers(t.numberModifier(), modifiers);
        } else if (ctx instanceof FloatTypeContext t) {
            name = switch (t.typeName.getType()) {
                case MySqlParser.REAL, MySqlParser.FLOAT8 -> "double";
                default -> "float";
            };
            PrecisionSpecContext p = t.precisionSpec();
            if (p != null && p.scale != null) {
                length = Integer.valueOf(p.precision.getText());
                scale = Integer.valueOf(p.scale.getText());
            } else if (p != null && t.typeName.getType() == MySqlParser.FLOAT && Integer.parseInt(p.precision.getText()) > 24) {
                name = "double";
            }
            numberModifiers(t.numberModifier(), modifiers);
        } else if (ctx instanceof DoubleTypeContext t) {
            name = "double";
            if (t.precisionSpec() != null && t.precisionSpec().scale != null) {
                length = Integer.valueOf(t.precisionSpec().precision.getText());
                scale = Integer.valueOf(t.precisionSpec().scale.getText());
            }
            numberModifiers(t.numberModifier(), modifiers);
        } else if (ctx instanceof BitTypeContext t) {
            name = "bit";
            length = length(t.fieldLength());
        } else if (ctx instanceof BooleanTypeContext) {
            name = "boolean";
        } else if (ctx instanceof SerialTypeContext) {
            name = "serial";
        } else if (ctx instanceof CharacterTypeContext t) {
            CharacterTypeNameContext n = t.characterTypeName();
            boolean varying = n instanceof VarcharTypeNameContext || n instanceof NvarcharTypeNameContext
                    || (n instanceof CharTypeNameContext c && c.VARYING() != null)
                    || (n instanceof NcharTypeNameContext nc && nc.VARYING() != null);
            boolean national = n.getStart().getType() == MySqlParser.NATIONAL || n.getStart().getType() == MySqlParser.NCHAR
                    || n.getStart().getType() == MySqlParser.NVARCHAR;
            name = varying ? "varchar" : "char";
            if (national && charset == null) {
                charset = "utf8mb3";
            }
            length = length(t.fieldLength());
            if (t.BINARY() != null) modifiers.add("binary");
        } else if (ctx instanceof BinaryTypeContext t) {
            name = "binary";
            length = length(t.fieldLength());
        } else if (ctx instanceof VarbinaryTypeContext t) {
            name = "varbinary";
            length = length(t.fieldLength());
        } else if (ctx instanceof TextTypeContext t) {
            name = lower(t.typeName);
            length = length(t.fieldLength());
            if (t.BINARY() != null) modifiers.add("binary");
        } else if (ctx instanceof BlobTypeContext t) {
            name = lower(t.typeName);
            length = length(t.fieldLength());
        } else if (ctx instanceof LongVarbinaryTypeContext) {
            name = "mediumblob";
        } else if (ctx instanceof LongVarcharTypeContext t) {
            name = "mediumtext";
            if (t.BINARY() != null) modifiers.add("binary");
        } else if (ctx instanceof JsonTypeContext) {
            name = "json";
        } else if (ctx instanceof TemporalTypeContext t) {
            name = lower(t.typeName);
            length = length(t.fieldLength());
        } else if (ctx instanceof EnumTypeContext t) {
            name = lower(t.typeName);
            for (StringLiteralContext s : t.stringLiteral()) {
                values.add(MySqlNames.string(s));
            }
            if (t.BINARY() != null) modifiers.add("binary");
        } else if (ctx instanceof SpatialTypeContext t) {
            name = t.typeName.getType() == MySqlParser.GEOMCOLLECTION ? "geometrycollection" : lower(t.typeName);
        } else {
            throw new IllegalStateException("type alternative without a builder: " + ctx.getClass().getSimpleName());
        }
        return new DataType(name, length, scale, modifiers, values, charset, collation, text);
    }

    private static String lower(Token token) {
        return token.getText().toLowerCase(Locale.ROOT);
    }

    private static Integer length(FieldLengthContext ctx) {
        return ctx == null ? null : Integer.valueOf(ctx.INTEGER_LITERAL().getText());
    }

    private static void numberModifiers(List<NumberModifierContext> list, Set<String> modifiers) {
        for (NumberModifierContext m : list) {
            if (m.UNSIGNED() != null) modifiers.add("unsigned");
            if (m.ZEROFILL() != null) {
                modifiers.add("zerofill");
                modifiers.add("unsigned"); // MySQL: ZEROFILL implies UNSIGNED
            }
        }
    }
}
