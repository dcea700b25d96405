package org.schemashift.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.rules.mysql.MySqlRules;
import org.schemashift.convert.rules.oracle.OracleRules;
import org.schemashift.convert.rules.sqlserver.SqlServerRules;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.source.oracle.OracleSourceDialect;
import org.schemashift.source.sqlserver.SqlServerSourceDialect;
import org.schemashift.emit.TargetDialect;
import org.schemashift.emit.mysql.MySqlTargetDialect;
import org.schemashift.emit.postgresql.PostgresqlTargetDialect;

/**
 * The registry: one line per source dialect, target dialect, the Java rules that read a source's
 * constructs (whatever the target), and a pair's own Java rules (genuine exceptions: MySQL's string comparisons, which PostgreSQL makes exactly; SQL Server's
 * UNPIVOT, which the MySQL target writes without LATERAL).
 */
public final class Dialects {
    private static final Map<String, Supplier<SourceDialect>> SOURCES = new TreeMap<>(Map.of(
            "mysql", MySqlSourceDialect::new,
            "oracle", OracleSourceDialect::new,
            "sqlserver", SqlServerSourceDialect::new));
    private static final Map<String, Supplier<TargetDialect>> TARGETS = new TreeMap<>(Map.of(
            "postgresql", PostgresqlTargetDialect::new,
            "mysql", MySqlTargetDialect::new));
    private static final Map<String, Supplier<List<ExpressionRule>>> SOURCE_RULES = Map.of(
            "mysql", MySqlRules::all,
            "oracle", OracleRules::all,
            "sqlserver", SqlServerRules::all);
    private static final Map<String, Supplier<List<ExpressionRule>>> PAIR_RULES = Map.of(
            "mysql->postgresql", MySqlRules::toPostgresql,
            "sqlserver->mysql", SqlServerRules::toMysql);

    private Dialects() {
    }

    public static List<String> sourceIds() {
        return List.copyOf(SOURCES.keySet());
    }

    public static List<String> targetIds() {
        return List.copyOf(TARGETS.keySet());
    }

    /** The source dialect {@code id}, or null when there is none. */
    public static SourceDialect source(String id) {
        Supplier<SourceDialect> s = SOURCES.get(id);
        return s == null ? null : s.get();
    }

    /** The target dialect {@code id}, or null when there is none. */
    public static TargetDialect target(String id) {
        Supplier<TargetDialect> t = TARGETS.get(id);
        return t == null ? null : t.get();
    }

    /** The Java expression rules of a conversion: the pair's exceptions first, then the source's. */
    public static List<ExpressionRule> expressionRules(String source, String target) {
        List<ExpressionRule> rules = new ArrayList<>(PAIR_RULES.getOrDefault(source + "->" + target, List::of).get());
        rules.addAll(SOURCE_RULES.getOrDefault(source, List::of).get());
        return rules;
    }
}
