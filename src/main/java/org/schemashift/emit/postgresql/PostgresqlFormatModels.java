package org.schemashift.emit.postgresql;

import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.FormatModel;
import org.schemashift.model.sql.SqlTemplate;

/**
 * The format-model operators as to_char, to_timestamp and to_number, which read Oracle's format
 * models almost unchanged. The one difference left after the source rules: Oracle's FF without
 * digits (fractional seconds) is PostgreSQL's US; elements inside double quotes are left alone.
 * A format that is not a literal is passed as it is.
 */
final class PostgresqlFormatModels implements SpellingRule {
    private static final SqlTemplate TO_CHAR = SqlTemplate.target("to_char({0}, {1})");
    private static final SqlTemplate TO_TIMESTAMP = SqlTemplate.target("to_timestamp({0}, {1})");
    private static final SqlTemplate TO_NUMBER = SqlTemplate.target("to_number({0}, {1})");
    private static final Pattern BARE_FF = Pattern.compile("(?i)FF(?![1-9])");

    @Override
    public String id() {
        return "PG-J002";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        SqlTemplate function = call.getOperator() == CanonicalOperators.FORMAT_BY_MODEL ? TO_CHAR
                : call.getOperator() == CanonicalOperators.PARSE_TIMESTAMP_BY_MODEL ? TO_TIMESTAMP : TO_NUMBER;
        return function.apply(call.operand(0), postgresModel(call.operand(1)));
    }

    private static SqlNode postgresModel(SqlNode format) {
        if (!(format instanceof SqlLiteral literal) || !SqlTypeName.CHAR_TYPES.contains(literal.getTypeName())) return format;
        String model = literal.getValueAs(String.class);
        String rewritten = FormatModel.rewriteElements(model, elements -> BARE_FF.matcher(elements).replaceAll("US"));
        return rewritten.equals(model) ? format : SqlLiteral.createCharString(rewritten, SqlParserPos.ZERO);
    }
}
