package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one effort model, seen the same in every format: the total of report.json is the sum of its
 * objects, of its kinds, of its codes plus code rewrite; the terminal prints it; report.html shows
 * it in the tile and the complexity table, and its code groups add up to it with the code rewrite
 * line; the object CSV's effort column sums to it, and the item CSV's plus code rewrite does too.
 */
public final class EffortAgreement {
    private EffortAgreement() {
    }

    public static void assertAgree(Report report) {
        Report.Summary s = report.summary();
        double total = s.effort().totalHours();
        assertThat(sum(report.objects().stream().mapToDouble(e -> e.effort().hours()).toArray())).as("objects").isCloseTo(total, within(1e-6));
        assertThat(sum(s.kinds().values().stream().mapToDouble(Report.KindCount::hours).toArray())).as("kinds").isCloseTo(total, within(1e-6));
        assertThat(sum(s.codes().values().stream().mapToDouble(Report.CodeCount::effortHours).toArray()) + s.effort().codeRewriteHours())
                .as("codes + code rewrite").isCloseTo(total, within(1e-6));
        assertThat(s.kinds().values().stream().mapToInt(Report.KindCount::total).sum()).isEqualTo(s.objectCount());
        assertThat(TextSummary.render(report)).as("terminal")
                .contains("estimated manual effort: " + PlainNumber.format(total) + " h, " + PlainNumber.format(s.effort().personDays()));

        Document html = Jsoup.parse(ReportHtml.render(report));
        assertThat(html.select("#tile-effort .value").text()).isEqualTo(PlainNumber.format(total) + " h");
        assertThat(html.select("#complexity tfoot th").get(6).text()).isEqualTo(PlainNumber.format(total));
        double groups = html.select("details.code-group > summary .muted").eachText().stream()
                .mapToDouble(t -> Double.parseDouble(t.substring(t.lastIndexOf(", ") + 2, t.length() - 2))).sum();
        assertThat(groups + s.effort().codeRewriteHours()).as("HTML code groups + code rewrite").isCloseTo(total, within(1e-6));
        if (s.effort().codeRewriteHours() > 0) {
            assertThat(html.select("#code-rewrite").text()).contains(PlainNumber.format(s.effort().codeRewriteHours()) + " h");
        }

        List<CSVRecord> objects = csv(ReportCsv.renderObjects(report));
        assertThat(objects).as("object CSV: one row per object").hasSize(report.objects().size());
        assertThat(objects).extracting(r -> r.get("kind") + " " + r.get("status"))
                .containsExactlyElementsOf(report.objects().stream().map(e -> e.kind() + " " + e.status()).toList());
        double objectRows = objects.stream().mapToDouble(r -> Double.parseDouble(r.get("effort_hours"))).sum();
        assertThat(objectRows).as("object CSV").isCloseTo(total, within(1e-6));
        double itemRows = csv(ReportCsv.render(report)).stream().mapToDouble(r -> Double.parseDouble(r.get("effort_hours"))).sum();
        assertThat(itemRows + s.effort().codeRewriteHours()).as("item CSV + code rewrite").isCloseTo(total, within(1e-6));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) total += v;
        return total;
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
