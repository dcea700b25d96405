package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemashift.testing.HeadlessChromium;

/**
 * report.html opened from disk in headless Chromium: no console message at all (the page logs
 * nothing by design, so any message is an error), the script ran, the summary chart is drawn,
 * the filters work and reach the tiles, the charts and the address, the page fits 900 px and a
 * printed page, and a screenshot (target/report-browser/report.png) shows the summary. What a
 * user does (choosing a filter) and what only the browser knows (the address, the layout's
 * widths) is done and read by a probe script added to a copy of the page, which writes its
 * findings into attributes of the body, where the dumped DOM shows them.
 */
class ReportHtmlInBrowserTest {
    private static final Path DIR = Path.of("target", "report-browser");
    private static HeadlessChromium chromium;
    private static String url;

    @BeforeAll
    static void writeReport() throws Exception {
        chromium = HeadlessChromium.find(DIR);
        Path html = DIR.resolve("report.html");
        Files.writeString(html, ReportHtml.render(SampleConversion.report()), StandardCharsets.UTF_8);
        url = html.toAbsolutePath().toUri().toString();
    }

    @Test
    void opensWithoutConsoleMessagesAndShowsTheSummaryChart() throws Exception {
        HeadlessChromium.Page page = chromium.load(url);
        assertThat(page.console()).as("console messages").isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.body().attr("data-ready")).as("the filter script ran to its end").isEqualTo("true");
        assertThat(dom.select("svg#chart-kind-status rect[class^=st-]")).hasSizeGreaterThan(ObjectStatus.values().length);
        assertThat(dom.getElementById("filter-count").text()).isEqualTo("5 of 5 objects shown");
    }

    @Test
    void filtersFromTheQueryStringHideWhatDoesNotMatch() throws Exception {
        HeadlessChromium.Page page = chromium.load(url + "?status=manual");
        assertThat(page.console()).isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.select("article.object:not([hidden])")).extracting(Element::id).containsExactly("obj-3", "obj-5");
        assertThat(dom.select("tr.occurrence:not([hidden])")).hasSize(2);
        assertThat(dom.select("details.code-group:not([hidden])")).extracting(Element::id)
                .containsExactly("code-SS-GEN-0001", "code-SS-MY-0101");
    }

    @Test
    void theCodeFilterAndTheTextSearchNarrowObjectsItemsAndTheShownEffort() throws Exception {
        Document dom = Jsoup.parse(chromium.load(url + "?code=SS-PG-0102").dom());
        assertThat(dom.select("article.object:not([hidden])")).extracting(Element::id).containsExactly("obj-2");
        assertThat(dom.select("tr.occurrence:not([hidden])")).hasSize(1);
        assertThat(dom.getElementById("filter-effort").text()).isEqualTo("0.75 h of effort shown");
        Document search = Jsoup.parse(chromium.load(url + "?text=refresh_totals").dom());
        assertThat(search.select("article.object:not([hidden])")).extracting(Element::id).containsExactly("obj-4");
        assertThat(search.select("tr.occurrence:not([hidden])")).as("only the shown object's items").hasSize(1);
    }

    @Test
    void aLinkToAnObjectHiddenByTheFiltersClearsThem() throws Exception {
        Document dom = Jsoup.parse(chromium.load(url + "?status=converted#obj-3").dom());
        assertThat(dom.getElementById("obj-3").hasAttr("hidden")).isFalse();
        assertThat(dom.getElementById("filter-count").text()).isEqualTo("5 of 5 objects shown");
    }

    @Test
    void theTilesAndChartsFollowTheFilters() throws Exception {
        Document all = Jsoup.parse(chromium.load(url).dom());
        assertThat(all.select("#tile-objects-automatic .value").text()).isEqualTo("40 %");
        Document dom = Jsoup.parse(chromium.load(url + "?status=manual").dom());
        assertThat(dom.select("#tile-objects-automatic .value").text()).isEqualTo("0 %");
        assertThat(dom.select("#tile-objects-automatic .muted").text()).isEqualTo("0 of 2 objects");
        assertThat(dom.select("#tile-effort .value").text()).as("the shown objects' effort")
                .isEqualTo(dom.getElementById("filter-effort").text().replace(" of effort shown", ""));
        assertThat(dom.select("#chart-kind-status text.count[data-kind=table]").text()).as("of 3 tables, 2 manual").isEqualTo("2");
        assertThat(Double.parseDouble(dom.select("#chart-kind-status rect[data-status=converted][data-kind=table]").attr("width")))
                .isZero();
        int items = dom.select("article.object:not([hidden]) ul.items li").size();
        assertThat(dom.select("#tile-items .value").text()).isEqualTo(String.valueOf(items));
        Document cleared = Jsoup.parse(chromium.load(url + "?status=").dom());
        assertThat(cleared.select("#tile-effort .muted").text()).as("no filter: the figures as written")
                .isEqualTo(all.select("#tile-effort .muted").text());
    }

    @Test
    void choosingAFilterPutsItInTheAddressAndThatAddressAppliesIt() throws Exception {
        String probe = """
                var select = document.getElementById('filter-severity');
                select.value = 'high';
                select.dispatchEvent(new Event('change'));
                var text = document.getElementById('filter-text');
                text.value = 'orders';
                text.dispatchEvent(new Event('input'));
                document.body.setAttribute('data-address', window.location.search);
                """;
        Document dom = Jsoup.parse(chromium.load(probed("choose", probe)).dom());
        String query = dom.body().attr("data-address");
        assertThat(query).isEqualTo("?severity=high&text=orders");
        Document shared = Jsoup.parse(chromium.load(url + query).dom());
        assertThat(shared.getElementById("filter-severity").select("option[selected]").isEmpty()).isTrue();
        assertThat(shared.select("article.object:not([hidden])")).extracting(Element::id)
                .containsExactlyElementsOf(dom.select("article.object:not([hidden])").eachAttr("id"));
        assertThat(shared.getElementById("filter-count").text()).isEqualTo(dom.getElementById("filter-count").text())
                .isNotEqualTo("5 of 5 objects shown");
    }

    @Test
    void thePhaseFilterShowsTheObjectsOfOnePhase() throws Exception {
        Document dom = Jsoup.parse(chromium.load(url + "?phase=post-data").dom());
        assertThat(dom.select("article.object:not([hidden])")).isNotEmpty().allSatisfy(o ->
                assertThat(o.attr("data-phases")).contains("post-data"));
        assertThat(dom.select("article.object[hidden]")).isNotEmpty();
    }

    @Test
    void theConstructOfEachItemIsHighlightedOnBothSides() throws Exception {
        String probe = """
                var found = [];
                document.querySelectorAll('#obj-2 .side-by-side > div').forEach(function (side, i) {
                  side.querySelectorAll('pre.numbered .line').forEach(function (line) {
                    var colour = getComputedStyle(line).backgroundColor;
                    if (colour !== 'rgba(0, 0, 0, 0)') {
                      found.push((i === 0 ? 'source ' : 'converted ') + line.getAttribute('data-n') + ' ' + colour);
                    }
                  });
                });
                document.body.setAttribute('data-highlighted', found.join('; '));
                """;
        Document dom = Jsoup.parse(chromium.load(probed("highlight", probe)).dom());
        String yellow = "rgb(255, 243, 196)";
        assertThat(dom.body().attr("data-highlighted")).as("item.id's column and the prefix index, in the source and as converted")
                .isEqualTo("source 9 " + yellow + "; source 12 " + yellow + "; converted 2 " + yellow + "; converted 7 " + yellow);
    }

    /** Widths after layout: the page's, and any numbered SQL wider than its box (a line that did not wrap). */
    private static final String MEASURE = """
            var pre = document.querySelector('pre.sql.numbered');
            var long = document.createElement('span');
            long.className = 'line';
            long.setAttribute('data-n', '99');
            long.textContent = 'SELECT ' + 'a_very_long_column_name_without_spaces_'.repeat(12) + ' FROM t;';
            pre.appendChild(long);
            var overflowing = Array.prototype.filter.call(document.querySelectorAll('pre.sql'),
                function (p) { return p.scrollWidth > p.clientWidth + 1; }).length;
            document.body.setAttribute('data-page-width', document.documentElement.scrollWidth);
            document.body.setAttribute('data-view-width', document.documentElement.clientWidth);
            document.body.setAttribute('data-overflowing-code', overflowing);
            """;

    @Test
    void at900PixelsNothingOverflowsAndCodeWraps() throws Exception {
        assertFits(Jsoup.parse(chromium.load(probed("narrow", MEASURE), 900, 1200).dom()));
    }

    @Test
    void printedTheCodeWrapsWithinThePage() throws Exception {
        // Print media emulated: the @media print rules applied as if printing, at an A4 page's width (794 px less margins).
        String print = """
                var printed = [];
                Array.prototype.forEach.call(document.styleSheets, function (sheet) {
                  Array.prototype.forEach.call(sheet.cssRules, function (rule) {
                    if (rule.media && rule.media.mediaText === 'print') {
                      Array.prototype.forEach.call(rule.cssRules, function (r) { printed.push(r.cssText); });
                    }
                  });
                });
                var style = document.createElement('style');
                style.textContent = printed.join(' ');
                document.head.appendChild(style);
                """;
        Document dom = Jsoup.parse(chromium.load(probed("print", print + MEASURE), 700, 1000).dom());
        assertFits(dom);
    }

    private static void assertFits(Document dom) {
        assertThat(Integer.parseInt(dom.body().attr("data-page-width"))).as("no horizontal overflow of the page")
                .isLessThanOrEqualTo(Integer.parseInt(dom.body().attr("data-view-width")));
        assertThat(dom.body().attr("data-overflowing-code")).as("code boxes wider than their content").isEqualTo("0");
    }

    /** A copy of the report with {@code script} run after the page's own; its file URL. */
    private static String probed(String name, String script) throws Exception {
        String html = Files.readString(DIR.resolve("report.html"), StandardCharsets.UTF_8);
        Path copy = DIR.resolve("report-" + name + ".html");
        Files.writeString(copy, html.replace("</body>", "<script>\n" + script + "</script>\n</body>"), StandardCharsets.UTF_8);
        return copy.toAbsolutePath().toUri().toString();
    }

    @Test
    void screenshotShowsTheChartColours() throws Exception {
        Path png = DIR.resolve("report.png");
        chromium.screenshot(url, png, 1280, 1400);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) colours.add(image.getRGB(x, y) & 0xffffff);
        }
        assertThat(colours).as("colours of the status bars: manual, converted, unsupported")
                .contains(0xef6c00, 0x2e7d32, 0xc62828);
    }
}
