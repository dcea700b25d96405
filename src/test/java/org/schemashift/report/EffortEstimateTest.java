package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

class EffortEstimateTest {

    @Test
    void bucketsAreThoseOfTheSctAssessmentReport() {
        assertThat(EffortEstimate.bucket(0)).isEqualTo("automatic");
        assertThat(EffortEstimate.bucket(1.75)).isEqualTo("simple");
        assertThat(EffortEstimate.bucket(2)).isEqualTo("medium");
        assertThat(EffortEstimate.bucket(6)).isEqualTo("medium");
        assertThat(EffortEstimate.bucket(6.25)).isEqualTo("significant");
    }

    @Test
    void unconvertedCodeCostsAtLeastAnHourPer25LinesRoundedUpToTheQuarterAndTheRestIsCodeRewrite() {
        var item = ObjectAssembly.item(GeneralCode.UNSUPPORTED_STATEMENT.at(SourceSpan.UNKNOWN, "x"));
        assertThat(EffortEstimate.of(ObjectStatus.UNSUPPORTED, 260, List.of(item)))
                .as("2 h of the item, 8.5 h of rewrite").isEqualTo(new Report.Estimate(10.5, "significant", 8.5));
        assertThat(EffortEstimate.of(ObjectStatus.UNSUPPORTED, 10, List.of(item))).isEqualTo(new Report.Estimate(2, "medium", 0));
        assertThat(EffortEstimate.of(ObjectStatus.CONVERTED, 260, List.of()).hours()).as("converted code").isZero();
    }

    @Test
    void aPackageCountsOnlyTheLinesOutsideItsSubprogramsWhichAreObjectsOfTheirOwn() {
        Report report = ReportBuilder.build(new org.schemashift.pipeline.ConversionPipeline("oracle", "postgresql", null)
                .run(List.of(new org.schemashift.source.SourceFile("pkg.sql", """
                        CREATE OR REPLACE PACKAGE pay AS
                          rate NUMBER := 2;
                          FUNCTION twice(p NUMBER) RETURN NUMBER;
                        END;
                        /
                        CREATE OR REPLACE PACKAGE BODY pay AS
                          FUNCTION twice(p NUMBER) RETURN NUMBER IS
                          BEGIN
                            RETURN p * rate;
                          END;
                        END;
                        /
                        """))));
        Report.Entry pkg = report.objects().stream().filter(e -> e.kind().equals("package")).findFirst().orElseThrow();
        Report.Entry twice = report.objects().stream().filter(e -> "PAY.TWICE".equals(e.name())).findFirst().orElseThrow();
        assertThat(twice.linesOfCode()).isEqualTo(4);
        assertThat(pkg.linesOfCode()).as("the specification's 4 lines and the body's 2 of its own").isEqualTo(6);
        assertThat(report.summary().automatic().codeLines().total()).as("every line counted once").isEqualTo(10);
    }

    @Test
    void sumsOfHoursAreKeptToTheHundredthNotToBinaryFloatingPointsNoise() {
        assertThat(0.1 + 0.2).as("why").isNotEqualTo(0.3);
        assertThat(EffortEstimate.hundredths(0.1 + 0.2)).isEqualTo(0.3);
        assertThat(EffortEstimate.hundredths(6.3999999999999995)).isEqualTo(6.4);
        assertThat(PlainNumber.format(EffortEstimate.hundredths(0.35 + 0.35 + 0.1 * 3))).isEqualTo("1");
    }

    @Test
    void theLevelIsAWithoutManualWorkBUpToFivePersonDaysAndCAbove() {
        assertThat(EffortEstimate.level(false, 3)).isEqualTo("A");
        assertThat(EffortEstimate.level(true, 40)).isEqualTo("B");
        assertThat(EffortEstimate.level(true, 40.25)).isEqualTo("C");
        assertThat(EffortEstimate.personDays(12)).isEqualTo(1.5);
    }
}
