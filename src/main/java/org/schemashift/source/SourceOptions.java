package org.schemashift.source;

import java.util.Map;

/**
 * What the user tells a source dialect beyond the files themselves. {@code defines} are
 * substitution variables ({@code convert --define name=value}): Oracle's SQL*Plus {@code &name}
 * and {@code &&name}; a dialect without substitution variables ignores them.
 * {@code lowerCaseTableNames} is the MySQL server's {@code lower_case_table_names} (0: table names
 * are case-sensitive, as on Linux, the default; 1: stored lower case; 2: compared lower case);
 * {@code caseSensitiveCollation} says a SQL Server database's collation is case-sensitive (_CS_),
 * so its names are too. Other dialects ignore what is not theirs. {@code threads} is the number of
 * threads that parse statements ({@code 0}: {@link OrderedReads#defaultThreads}); the output is the
 * same for any number. {@code schema} is the schema the scripts ran in, where they name none
 * ({@code convert --source-schema}: Oracle's connecting user, MySQL's database in use), as the
 * source catalog stores it; null when not given. The conversion does not need it (an unqualified
 * name stays unqualified on the target); the data-copy task's table mappings locate the source
 * tables with it.
 */
public record SourceOptions(Map<String, String> defines, int lowerCaseTableNames, boolean caseSensitiveCollation, int threads,
                            String schema) {
    public static final SourceOptions NONE = new SourceOptions(Map.of());

    public SourceOptions {
        defines = Map.copyOf(defines);
        if (lowerCaseTableNames < 0 || lowerCaseTableNames > 2) {
            throw new IllegalArgumentException("lower_case_table_names is 0, 1 or 2, not " + lowerCaseTableNames);
        }
        if (threads < 0) throw new IllegalArgumentException("threads is 0 (one per core) or more, not " + threads);
    }

    public SourceOptions(Map<String, String> defines, int lowerCaseTableNames, boolean caseSensitiveCollation) {
        this(defines, lowerCaseTableNames, caseSensitiveCollation, 0, null);
    }

    public SourceOptions(Map<String, String> defines) {
        this(defines, 0, false, 0, null);
    }

    /** These options read with {@code threads} parse threads. */
    public SourceOptions withThreads(int threads) {
        return new SourceOptions(defines, lowerCaseTableNames, caseSensitiveCollation, threads, schema);
    }

    /** These options for scripts that ran in {@code schema} where they name none. */
    public SourceOptions withSchema(String schema) {
        return new SourceOptions(defines, lowerCaseTableNames, caseSensitiveCollation, threads, schema);
    }

    /** The number of parse threads to use. */
    public int parseThreads() {
        return threads == 0 ? OrderedReads.defaultThreads() : threads;
    }
}
