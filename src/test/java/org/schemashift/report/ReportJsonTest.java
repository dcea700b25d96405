package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    @TempDir
    Path dir;

    @Test
    void theSameConversionGivesTheSameBytesInEveryFormat() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(SampleConversion.report())).as(format.id())
                    .isEqualTo(format.render(SampleConversion.report()));
        }
    }

    @Test
    void readingAReportBackRendersTheSameBytes() throws Exception {
        Path file = dir.resolve("report.json");
        ReportJson.write(SampleConversion.report(), file);
        Report read = ReportJson.read(file);
        assertThat(read).isEqualTo(SampleConversion.report());
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(read)).as(format.id()).isEqualTo(format.render(SampleConversion.report()));
        }
    }

    @Test
    void linesEndInLineFeedsOnEveryPlatformAndTheVersionComesFirst() {
        String json = ReportJson.render(SampleConversion.report());
        assertThat(json).doesNotContain("\r").startsWith("{\n  \"version\" : 5,\n").endsWith("}\n");
    }

    @Test
    void aMissingFileBadJsonOrAnotherVersionIsUnreadable() throws Exception {
        assertThatThrownBy(() -> ReportJson.read(dir.resolve("absent.json")))
                .isInstanceOf(ReportJson.UnreadableReportException.class).hasMessageContaining("absent.json");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ not json");
        assertThatThrownBy(() -> ReportJson.read(bad)).isInstanceOf(ReportJson.UnreadableReportException.class);
        Path old = Files.writeString(dir.resolve("old.json"), "{\"version\": 1, \"objects\": []}");
        assertThatThrownBy(() -> ReportJson.read(old)).isInstanceOf(ReportJson.UnreadableReportException.class)
                .hasMessageContaining("format version 1");
        Path v4 = Files.writeString(dir.resolve("v4.json"), "{\"version\": 4, \"objects\": [{\"id\": 1, \"sourceSnippet\": \"x\"}]}");
        assertThatThrownBy(() -> ReportJson.read(v4)).as("a version 4 report, whose fields this version does not know")
                .hasMessageContaining("format version 4, this SchemaShift reads version 5");
    }
}
