package org.schemashift.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Whole-conversion throughput (split, parse, assemble, convert, emit, report) on synthetic
 * MySQL schemas. Run with {@code scripts/bench} (see docs/benchmark.md); never from the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ConversionBenchmark {
    @Param({"1000", "10000"})
    int tables;

    private List<SourceFile> input;

    @Setup
    public void setUp() {
        input = List.of(new SourceFile("synthetic.sql", SyntheticMySqlSchema.tables(tables)));
    }

    @Benchmark
    public int mysqlToPostgresql() {
        var result = new ConversionPipeline("mysql", "postgresql", null).run(input);
        return SchemaScript.render(result).length() + ReportBuilder.build(result).objects().size();
    }
}
