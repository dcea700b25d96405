package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** report.csv read back with Commons CSV (RFC 4180) holds exactly the JSON's action items. */
class ReportCsvTest {

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    /** Asserts that the CSV has one row per action item of {@code report}, in order, with the same values. */
    static void assertMatchesJson(String csv, Report report) throws IOException {
        List<CSVRecord> rows = parse(csv);
        List<String> expected = new ArrayList<>();
        for (Report.Entry e : report.objects()) {
            for (Report.Item i : e.actionItems()) {
                expected.add(String.join("|", String.valueOf(e.id()), e.name() == null ? "" : e.name(), e.kind(), e.status(),
                        i.code(), i.severity(), i.file(), String.valueOf(i.line()), String.valueOf(i.column()),
                        i.message(), i.recommendation()) + "|" + i.effortHours());
            }
        }
        List<String> actual = rows.stream().map(r -> String.join("|", r.get("object_id"), r.get("object"), r.get("kind"),
                r.get("status"), r.get("code"), r.get("severity"), r.get("file"), r.get("line"), r.get("column"),
                r.get("message"), r.get("recommendation")) + "|" + Double.parseDouble(r.get("effort_hours"))).toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void oneRowPerActionItemOccurrenceMatchingTheJson() throws IOException {
        Report report = SampleConversion.report();
        String csv = ReportCsv.render(report);
        assertThat(csv).startsWith("object_id,object,kind,status,code,severity,file,line,column,message,recommendation,effort_hours\r\n");
        assertThat(parse(csv)).hasSize(5);
        assertMatchesJson(csv, report);
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(ReportCsv.quote("plain")).isEqualTo("plain");
        assertThat(ReportCsv.quote("a, b")).isEqualTo("\"a, b\"");
        assertThat(ReportCsv.quote("say \"left\"")).isEqualTo("\"say \"\"left\"\"\"");
        assertThat(ReportCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsv.render(SampleConversion.report()))
                .contains(",\"uk_code: unique prefix index on code(10), \"\"left\"\" used\",");
    }
}
