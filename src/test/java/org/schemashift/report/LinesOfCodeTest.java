package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemashift.model.ObjectKind;

class LinesOfCodeTest {

    @Test
    void countsLinesWithCodeButNotBlankLinesOrComments() {
        String body = """
                /* header
                   still header */
                CREATE VIEW v AS  -- trailing comment
                # MySQL comment

                SELECT a /* inline */ FROM t /* opens
                and closes */
                ;""";
        assertThat(LinesOfCode.count(body)).isEqualTo(3);
    }

    @Test
    void onlyCodeKindsHaveLinesOfCode() {
        assertThat(LinesOfCode.of(ObjectKind.TRIGGER, "a\nb")).isEqualTo(2);
        assertThat(LinesOfCode.of(ObjectKind.TABLE, "a\nb")).isNull();
    }
}
