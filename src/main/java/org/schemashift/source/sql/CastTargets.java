package org.schemashift.source.sql;

import java.util.Locale;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.DataType;

/**
 * The target of a CAST: Calcite's type where the source dialect means the same by its type, so
 * every target can spell it; otherwise the type as the source wrote it, for the type rules.
 */
public final class CastTargets {
    private CastTargets() {
    }

    /** Calcite's {@code name} with a length (precision) and scale; null ones are not written. */
    public static SqlDataTypeSpec standard(SqlTypeName name, Integer length, Integer scale, SqlParserPos pos) {
        return new SqlDataTypeSpec(new SqlBasicTypeNameSpec(name, length == null ? -1 : length, scale == null ? -1 : scale, null, pos), pos);
    }

    /** Calcite's {@code name} with neither length nor scale. */
    public static SqlDataTypeSpec standard(SqlTypeName name, SqlParserPos pos) {
        return new SqlDataTypeSpec(new SqlBasicTypeNameSpec(name, pos), pos);
    }

    /** A type the source dialect has and SQL has no name for, spelled as written (upper case). */
    public static SqlDataTypeSpec sourceSpelling(DataType type, SqlParserPos pos) {
        return new SqlDataTypeSpec(new SqlAlienSystemTypeNameSpec(type.sourceText().toUpperCase(Locale.ROOT), SqlTypeName.ANY, pos), pos);
    }
}
