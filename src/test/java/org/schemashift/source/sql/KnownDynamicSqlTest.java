package org.schemashift.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;

/** What makes a dynamic SQL text known when converting, and where its placeholders are. */
class KnownDynamicSqlTest {
    private static final SqlParserPos AT = SqlParserPos.ZERO;
    private static final Map<Character, Character> MYSQL_QUOTES = Map.of('\'', '\'', '"', '"', '`', '`');

    @Test
    void placeholdersInsideStringsAndQuotedNamesAreLeftAlone() {
        int[] count = {0};
        KnownDynamicSql.Named named = KnownDynamicSql.placeholdersNamed("SELECT '?', `a?`, 'it\\'s ?', ? FROM t WHERE x = ?",
                MYSQL_QUOTES, true, Pattern.compile("\\?"), p -> ++count[0]);
        assertThat(named.text()).isEqualTo("SELECT '?', `a?`, 'it\\'s ?',  ss_bind_1  FROM t WHERE x =  ss_bind_2 ");
        assertThat(named.positions().cardinality()).isEqualTo(2);
    }

    @Test
    void declaredParametersAreNumberedByTheirDeclarationAndOthersLeft() {
        Map<String, Integer> declared = Map.of("@id", 1, "@n", 2);
        KnownDynamicSql.Named named = KnownDynamicSql.placeholdersNamed("UPDATE [t@n] SET q = @n + @@ROWCOUNT WHERE id = @ID AND s = '@n'",
                Map.of('\'', '\'', '[', ']'), false, Pattern.compile("@[\\w@#$]+"), p -> declared.getOrDefault(p.toLowerCase(), 0));
        assertThat(named.text()).isEqualTo("UPDATE [t@n] SET q =  ss_bind_2  + @@ROWCOUNT WHERE id =  ss_bind_1  AND s = '@n'");
    }

    @Test
    void aVariableSetOnceUnconditionallyHoldsItsJoinedLiterals() {
        KnownDynamicSql known = new KnownDynamicSql(name -> name);
        known.start(Set.of("@s", "@t"));
        assertThat(known.assigned("@s", () -> SqlStdOperatorTable.CONCAT.createCall(AT, text("DELETE "), text("FROM t")), true)).isTrue();
        assertThat(known.assigned("@t", () -> text("DELETE FROM u"), false)).isFalse();
        assertThat(known.assigned("@u", () -> text("DELETE FROM v"), true)).as("not a candidate: set elsewhere too").isFalse();
        assertThat(known.fold(new SqlIdentifier("@S", AT)).text()).isEqualTo("DELETE FROM t");
        assertThat(known.fold(new SqlIdentifier("@t", AT)).notLiteral()).isEqualTo("@t (set under a condition, or after this)");
        assertThat(known.fold(SqlStdOperatorTable.CONCAT.createCall(AT, text("SELECT * FROM "), new SqlIdentifier("p_table", AT)))
                .notLiteral()).isEqualTo("p_table");
    }

    private static SqlLiteral text(String value) {
        return SqlLiteral.createCharString(value, AT);
    }

}
