package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

class EffortEstimateTest {

    @Test
    void bucketsAreThoseOfTheSctAssessmentReport() {
        assertThat(EffortEstimate.bucket(0)).isEqualTo("none");
        assertThat(EffortEstimate.bucket(1.75)).isEqualTo("simple");
        assertThat(EffortEstimate.bucket(2)).isEqualTo("medium");
        assertThat(EffortEstimate.bucket(6)).isEqualTo("medium");
        assertThat(EffortEstimate.bucket(6.25)).isEqualTo("significant");
    }

    @Test
    void unconvertedCodeCostsAtLeastAnHourPer25LinesRoundedUpToTheQuarter() {
        var item = GeneralCode.UNSUPPORTED_STATEMENT.at(SourceSpan.UNKNOWN, "x");
        assertThat(EffortEstimate.of(ObjectStatus.UNSUPPORTED, 260, List.of(item)).hours()).isEqualTo(10.5);
        assertThat(EffortEstimate.of(ObjectStatus.UNSUPPORTED, 10, List.of(item)).hours()).isEqualTo(2);
        assertThat(EffortEstimate.of(ObjectStatus.CONVERTED, 260, List.of()).hours()).as("converted code").isZero();
    }
}
