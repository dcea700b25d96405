package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The structure of report.html, read with an HTML parser (the browser test checks it renders). */
class ReportHtmlTest {
    private final String html = ReportHtml.render(SampleConversion.report());
    private final Document page = Jsoup.parse(html);

    @Test
    void isSelfContainedWithNoExternalResource() {
        assertThat(page.select("link, img, iframe, script[src], [src]")).isEmpty();
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
    }

    @Test
    void hasAnExecutiveSummaryWithBothCharts() {
        assertThat(page.select("#tile-objects-automatic .value").text()).isEqualTo("40 %");
        assertThat(page.select("#tile-effort .value").text()).isEqualTo("5.25 h");
        assertThat(page.select("svg#chart-kind-status rect.st-manual")).isNotEmpty();
        assertThat(page.select("svg#chart-severity rect")).hasSize(5);
    }

    @Test
    void everyOccurrenceLinksToItsObjectSection() {
        assertThat(page.select("tr.occurrence")).hasSize(5).allSatisfy(row -> {
            String target = row.selectFirst("a").attr("href").substring(1);
            assertThat(page.getElementById(target)).as(target).isNotNull();
        });
        assertThat(page.select("details.code-group")).extracting(e -> e.id())
                .as("worst severity first").startsWith("code-SS-GEN-0001");
    }

    @Test
    void objectSectionsShowSourceAndConvertedSideBySideWithTheItemsLinesHighlighted() {
        Element item = page.getElementById("obj-2");
        assertThat(item.select(".side-by-side > div")).hasSize(2);
        Element source = item.select(".side-by-side > div").get(0);
        assertThat(source.select("pre.numbered .line.hl")).extracting(e -> e.attr("data-n")).containsExactly("9", "12");
        assertThat(source.select("pre.numbered .line.hl").last().attr("title")).isEqualTo("SS-PG-0102");
        Element converted = item.select(".side-by-side > div").get(1);
        assertThat(converted.select("pre.numbered .line.hl")).as("the SQL emitted from the items' statement, not the blank line between")
                .extracting(e -> e.attr("data-n")).containsExactlyElementsOf(
                        converted.select("pre.numbered .line").stream().filter(e -> !e.text().isEmpty()).map(e -> e.attr("data-n")).toList());
        assertThat(converted.select("pre.numbered .line.hl").first().attr("title")).isEqualTo("SS-PG-0110 SS-PG-0102");
        assertThat(converted.text()).contains("CREATE UNIQUE INDEX uk_code");
        assertThat(converted.select("pre.numbered .line").first().attr("data-n")).as("converted lines numbered too").isEqualTo("1");
    }

    @Test
    void sourceTextIsEscapedSoItCannotBreakThePage() {
        assertThat(page.getElementById("obj-3").select("pre.numbered").text()).contains("with </script> in it");
        assertThat(page.select("script")).hasSize(1);
    }

    @Test
    void theSessionLineIsFoldedApartAndTheComplexityTableAddsUpToTheTotal() {
        assertThat(page.select("#ignored summary").text()).startsWith("1 statements that make no object");
        assertThat(page.select("#ignored td").first().text()).isEqualTo("SET");
        assertThat(page.select("#statements-read").text()).isEqualTo("6 statements read, 1 make no object (session lines, DROP, USE), 5 objects");
        assertThat(page.select("#complexity tfoot th").eachText()).containsExactly("all", "5", "1", "2", "2", "0", "5.25", "0.66");
    }

    @Test
    void filtersOfferEveryKindStatusAndSeverity() {
        assertThat(page.select("#filter-kind option")).extracting(Element::val).containsExactly("", "procedure", "table");
        assertThat(page.select("#filter-status option")).hasSize(6);   // all and the five statuses, ignored included
        assertThat(page.select("#filter-severity option")).hasSize(6);
        assertThat(page.getElementById("obj-4").attr("data-severities")).isEqualTo("medium");
    }
}
