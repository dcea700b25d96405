package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/**
 * The canonical regular-expression operators (Oracle's arguments and match parameter) as
 * PostgreSQL 15's regexp_like, regexp_substr, regexp_instr, regexp_count (Oracle's argument order)
 * and regexp_replace. The match parameter is translated because the defaults differ: on Oracle '.'
 * does not match a newline unless 'n' is given and ^/$ match at line breaks only with 'm', which
 * are PostgreSQL's flags p (default), '' (n), n (m) and w (nm); i, c and x are the same.
 * REGEXP_REPLACE of every occurrence (occurrence 0) adds flag g; PostgreSQL 15 has no position
 * argument, so only position 1 is spelled.
 */
final class PostgresqlRegexps implements SpellingRule {
    /** Operator → its PostgreSQL function and the index of its flags argument. */
    private record Spelling(SqlTemplate function, int flagsAt) {}

    private static final Map<SqlOperator, Spelling> FUNCTIONS = Map.of(
            SqlLibraryOperators.REGEXP_LIKE, new Spelling(SqlTemplate.target("regexp_like({*})"), 2),
            SqlLibraryOperators.REGEXP_SUBSTR, new Spelling(SqlTemplate.target("regexp_substr({*})"), 4),
            SqlLibraryOperators.REGEXP_INSTR, new Spelling(SqlTemplate.target("regexp_instr({*})"), 5),
            CanonicalOperators.REGEXP_COUNT, new Spelling(SqlTemplate.target("regexp_count({*})"), 3));
    private static final SqlTemplate REPLACE = SqlTemplate.target("regexp_replace({0}, {1}, {2}, {3})");

    @Override
    public String id() {
        return "PG-J003";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        List<SqlNode> args = new ArrayList<>(call.getOperandList());
        if (call.getOperator() == SqlLibraryOperators.REGEXP_REPLACE_6) {
            String flags = literal(args.get(5));
            if (flags == null || !"1".equals(literal(args.get(3)))) return context.cannot("a position other than 1 or a match parameter that is not a literal");
            String occurrence = literal(args.get(4));
            if (!"0".equals(occurrence) && !"1".equals(occurrence)) return context.cannot("one occurrence other than the first");
            return REPLACE.apply(args.get(0), args.get(1), args.get(2), string(postgresFlags(flags) + ("0".equals(occurrence) ? "g" : "")));
        }
        Spelling spelling = FUNCTIONS.get(call.getOperator());
        String flags = args.size() > spelling.flagsAt() ? literal(args.get(spelling.flagsAt())) : "";
        if (flags == null) return context.cannot("a match parameter that is not a literal");
        if (args.size() > spelling.flagsAt()) args.set(spelling.flagsAt(), string(postgresFlags(flags)));
        return spelling.function().applyTo(args);
    }

    /** Oracle match parameter → PostgreSQL flags (see the class comment). */
    static String postgresFlags(String oracle) {
        StringBuilder kept = new StringBuilder();
        boolean dotAll = false;
        boolean multiline = false;
        for (char c : oracle.toCharArray()) {
            switch (c) {
                case 'n' -> dotAll = true;
                case 'm' -> multiline = true;
                case 'i', 'c', 'x' -> kept.append(c);
                default -> { }
            }
        }
        String newline = dotAll ? (multiline ? "w" : "") : (multiline ? "n" : "p");
        return kept + newline;
    }

    private static String literal(SqlNode node) {
        return node instanceof SqlLiteral l && l.getTypeName() != SqlTypeName.NULL ? String.valueOf(l.toValue()) : null;
    }

    private static SqlLiteral string(String value) {
        return SqlLiteral.createCharString(value, SqlParserPos.ZERO);
    }
}
