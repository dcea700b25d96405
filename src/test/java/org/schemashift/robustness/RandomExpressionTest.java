package org.schemashift.robustness;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz run in every build, which the Jazzer target {@link ExpressionFuzzTest} only does
 * when asked (JAZZER_FUZZ=1): expressions built at random from a fixed seed out of the tokens of
 * the three source languages (names, literals, operators, built-ins, CASE, unbalanced parentheses
 * and quotes), each converted as a default, a CHECK and a view column from a random source to a
 * random target; nothing may throw and every statement not converted says why. 200 expressions by
 * default; {@code -Dfuzz.expressions=N} runs more, {@code -Dfuzz.seed=S} another sequence.
 */
class RandomExpressionTest {
    private static final List<String> SOURCES = List.of("oracle", "mysql", "sqlserver");
    private static final List<String> TARGETS = List.of("postgresql", "mysql");
    private static final List<String> LEAVES = List.of("a", "b", "c", "d", "t.a", "1", "0", "-2.5", "1e3", "NULL", "'x'", "''",
            "'it''s'", "N'n'", "SYSDATE", "CURRENT_TIMESTAMP", "@v", ":new.a", "TRUE", "X'0F'", "DATE '2020-01-01'", "*", "?");
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "||", "=", "<>", "!=", "<", ">=", " AND ", " OR ",
            " LIKE ", " IS ", " IN ", " BETWEEN ", " DIV ", " MOD ", "%", "&", "^", "->", " COLLATE ");
    private static final List<String> FUNCTIONS = List.of("NVL", "DECODE", "COALESCE", "SUBSTR", "TO_CHAR", "TO_DATE", "TRUNC",
            "IFNULL", "CONCAT", "DATE_FORMAT", "ISNULL", "CONVERT", "CAST", "LEN", "DATEADD", "GREATEST", "COUNT", "ROUND",
            "DBMS_LOB.SUBSTR", "IIF", "LISTAGG", "JSON_EXTRACT", "EXTRACT", "REGEXP_LIKE");
    private static final List<String> NOISE = List.of("(", ")", "'", "\"", ",", ";", "--", "/*", "CASE", "END", "WHEN", "THEN",
            "ELSE", "NOT", "SELECT", "FROM", "\n", "\u0000", "é", "[", "]", "`");

    @Test
    void randomExpressionsNeverThrowFromAnySourceToAnyTarget() {
        Random random = new Random(Long.getLong("fuzz.seed", 17L));
        int count = Integer.getInteger("fuzz.expressions", 200);
        for (int i = 0; i < count; i++) {
            String expression = expression(random, 3);
            if (random.nextInt(5) == 0) expression = mutated(random, expression);
            String script = "CREATE TABLE t (a INT, b VARCHAR(20), c DATE, d INT DEFAULT " + expression + ");\n"
                    + "CREATE TABLE u (a INT, b VARCHAR(20), CHECK (" + expression + "));\n"
                    + "CREATE VIEW v AS SELECT " + expression + " AS x FROM t;\n";
            FuzzedConversion.convert(pick(random, SOURCES), pick(random, TARGETS), script);
        }
    }

    private static String expression(Random random, int depth) {
        int choice = depth == 0 ? 0 : random.nextInt(6);
        return switch (choice) {
            case 0 -> pick(random, LEAVES);
            case 1 -> expression(random, depth - 1) + pick(random, OPERATORS) + expression(random, depth - 1);
            case 2 -> {
                StringBuilder call = new StringBuilder(pick(random, FUNCTIONS)).append('(');
                for (int n = random.nextInt(4), k = 0; k < n; k++) call.append(k == 0 ? "" : ", ").append(expression(random, depth - 1));
                yield call.append(')').toString();
            }
            case 3 -> "CASE WHEN " + expression(random, depth - 1) + " THEN " + expression(random, depth - 1) + " ELSE "
                    + expression(random, depth - 1) + " END";
            case 4 -> "(" + expression(random, depth - 1) + ")";
            default -> "NOT " + expression(random, depth - 1);
        };
    }

    /** The expression with a token of noise inserted, or a stretch of it deleted: what a damaged script looks like. */
    private static String mutated(Random random, String expression) {
        int at = random.nextInt(expression.length() + 1);
        if (random.nextBoolean() || expression.isEmpty()) return expression.substring(0, at) + pick(random, NOISE) + expression.substring(at);
        int end = Math.min(expression.length(), at + 1 + random.nextInt(4));
        return expression.substring(0, Math.min(at, end)) + expression.substring(end);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
