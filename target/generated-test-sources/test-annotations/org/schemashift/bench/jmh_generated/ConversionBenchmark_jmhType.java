package org.schemashift.bench.jmh_generated;
public class ConversionBenchmark_jmhType extends ConversionBenchmark_jmhType_B3 {
}

