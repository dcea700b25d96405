package org.schemashift.source.sqlserver;

import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.DataType;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sql.CastTargets;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.DataTypeContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.DoublePrecisionTypeContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.NamedTypeContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.TypeArgumentContext;

/**
 * SQL Server types as written: the name in lower case (the last part of {@code [dbo].[id]}, so an
 * alias type is known by its name), up to two numeric arguments, and the {@code max} modifier for
 * {@code varchar(max)}, {@code nvarchar(max)} and {@code varbinary(max)}. What they mean is in
 * mappings/types/sqlserver.yaml.
 */
final class SqlServerTypes {
    /** CAST(x AS varchar) without a length is varchar(30) in SQL Server. */
    private static final int DEFAULT_CAST_LENGTH = 30;

    private SqlServerTypes() {
    }

    static DataType type(DataTypeContext dataType, SourcePositions positions) {
        if (dataType instanceof DoublePrecisionTypeContext) {
            return new DataType("float", 53, null, Set.of(), java.util.List.of(), null, null, positions.text(dataType));
        }
        NamedTypeContext ctx = (NamedTypeContext) dataType;
        String name = SqlServerNames.objectName(ctx.tableName()).name().toLowerCase(Locale.ROOT);
        Integer length = null;
        Integer scale = null;
        Set<String> modifiers = Set.of();
        for (int i = 0; i < ctx.typeArgument().size(); i++) {
            TypeArgumentContext argument = ctx.typeArgument(i);
            if (argument.max != null) {
                modifiers = Set.of("max");
            } else if (i == 0) {
                length = Integer.valueOf(argument.getText());
            } else {
                scale = Integer.valueOf(argument.getText());
            }
        }
        return new DataType(name, length, scale, modifiers, java.util.List.of(), null, null, positions.text(ctx));
    }

    /** The standard type a CAST or CONVERT target means, or the type as written when SQL has no name for it. */
    static SqlDataTypeSpec castTarget(DataType type, SqlParserPos p) {
        Integer length = type.length();
        return switch (type.name()) {
            case "int", "integer" -> CastTargets.standard(SqlTypeName.INTEGER, p);
            case "bigint" -> CastTargets.standard(SqlTypeName.BIGINT, p);
            case "smallint", "tinyint" -> CastTargets.standard(SqlTypeName.SMALLINT, p);
            case "bit" -> CastTargets.standard(SqlTypeName.BOOLEAN, p);
            case "decimal", "numeric", "dec" -> CastTargets.standard(SqlTypeName.DECIMAL, length == null ? 18 : length,
                    type.scale() == null ? 0 : type.scale(), p);
            case "money" -> CastTargets.standard(SqlTypeName.DECIMAL, 19, 4, p);
            case "smallmoney" -> CastTargets.standard(SqlTypeName.DECIMAL, 10, 4, p);
            case "float" -> CastTargets.standard(length != null && length <= 24 ? SqlTypeName.REAL : SqlTypeName.DOUBLE, p);
            case "real" -> CastTargets.standard(SqlTypeName.REAL, p);
            case "date" -> CastTargets.standard(SqlTypeName.DATE, p);
            case "time" -> CastTargets.standard(SqlTypeName.TIME, length == null ? 7 : Math.min(length, 6), null, p);
            case "datetime" -> CastTargets.standard(SqlTypeName.TIMESTAMP, 3, null, p);
            case "smalldatetime" -> CastTargets.standard(SqlTypeName.TIMESTAMP, 0, null, p);
            case "datetime2" -> CastTargets.standard(SqlTypeName.TIMESTAMP, length == null ? 6 : Math.min(length, 6), null, p);
            case "char", "nchar" -> CastTargets.standard(SqlTypeName.CHAR, length == null ? 1 : length, null, p);
            case "varchar", "nvarchar" -> type.has("max") ? CastTargets.standard(SqlTypeName.VARCHAR, p)
                    : CastTargets.standard(SqlTypeName.VARCHAR, length == null ? DEFAULT_CAST_LENGTH : length, null, p);
            case "text", "ntext" -> CastTargets.standard(SqlTypeName.VARCHAR, p);
            case "binary", "varbinary", "image" -> CastTargets.standard(SqlTypeName.VARBINARY, p);
            default -> CastTargets.sourceSpelling(type, p);
        };
    }
}
