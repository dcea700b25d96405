package org.schemashift.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.report.ReportBuilder;
import org.schemashift.source.SourceFile;

/**
 * Warm whole-conversion throughput (split, parse, assemble, convert, emit DDL, build the report) of
 * each source dialect's synthetic schema ({@link GenerateSchema}: tables, a view and a routine per
 * ten tables) to PostgreSQL. Besides conversions per second JMH reports the auxiliary counters
 * {@code statements} and {@code lines} per second. Run with {@code scripts/bench} (docs/performance.md);
 * never from the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ConversionBenchmark {
    @Param({"oracle", "sqlserver", "mysql"})
    String dialect;

    @Param({"1000"})
    int tables;

    private List<SourceFile> input;
    private long lines;

    /** Per-second counters JMH prints beside the conversion rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Converted {
        public long statements;
        public long lines;
    }

    @Setup
    public void setUp() {
        String sql = GenerateSchema.generate(dialect, tables, tables / 10, tables / 10);
        input = List.of(new SourceFile("synthetic.sql", sql));
        lines = sql.lines().count();
    }

    @Benchmark
    public int toPostgresql(Converted converted) {
        var result = new ConversionPipeline(dialect, "postgresql", null).run(input);
        converted.statements += result.statements().size();
        converted.lines += lines;
        return SchemaScript.render(result).length() + ReportBuilder.build(result, input).objects().size();
    }
}
