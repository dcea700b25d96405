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
 * the filters work, and a screenshot (target/report-browser/report.png) shows the summary.
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
