package org.schemashift.emit.postgresql;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.SqlTemplate;

/**
 * {@code NEXT VALUE FOR seq} / {@code CURRENT VALUE FOR seq} as {@code nextval('seq')} /
 * {@code currval('seq')}. The name travels as text, which PostgreSQL's regclass input folds like
 * an unquoted name: an upper-case name is written as is (and finds the lower-case sequence the
 * naming policy made of it), any other is quoted.
 */
final class PostgresqlSequenceValues implements SpellingRule {
    private static final SqlTemplate NEXTVAL = SqlTemplate.target("nextval({0})");
    private static final SqlTemplate CURRVAL = SqlTemplate.target("currval({0})");

    @Override
    public String id() {
        return "PG-J004";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        if (!(call.operand(0) instanceof SqlIdentifier sequence)) return context.cannot("a sequence that is not a name");
        String text = sequence.names.stream().map(PostgresqlSequenceValues::asRegclassPart).collect(Collectors.joining("."));
        SqlTemplate function = call.getOperator() == SqlStdOperatorTable.NEXT_VALUE ? NEXTVAL : CURRVAL;
        return function.apply(SqlLiteral.createCharString(text, SqlParserPos.ZERO));
    }

    private static String asRegclassPart(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
