package dev.rapport.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.examples.desk.DeskConfig;
import dev.rapport.examples.desk.DeskResults;
import dev.rapport.examples.desk.DeskSimulation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
  private static DeskResults results;
  private static String html;

  @BeforeAll
  static void simulate() {
    results = DeskSimulation.run(new DeskConfig(9, 70, 11, DeskConfig.DEFAULT_START), p -> {});
    html = HtmlReport.render(results);
  }

  private static Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theReportIsWellFormedXhtmlWithASectionPerChart() throws Exception {
    Document document = parse(html);

    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
    NodeList sections = document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
    assertThat(sections.getLength()).isEqualTo(6);
    for (String id : new String[] {"sla", "nps", "escalations", "points", "referrals", "changes"}) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    NodeList charts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    // compliance, NPS overall + one per channel, escalations, alerts, points, funnel
    assertThat(charts.getLength()).isEqualTo(5 + 1 + results.tickets().byChannel().size());
    for (int i = 0; i < charts.getLength(); i++) {
      Element chart = (Element) charts.item(i);
      assertThat(chart.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength())
          .isPositive();
    }
  }

  @Test
  void theReportIsSelfContained() {
    assertThat(html).doesNotContainIgnoringCase("<script");
    assertThat(html).doesNotContainIgnoringCase("<link");
    assertThat(html).doesNotContainIgnoringCase("<img");
    assertThat(html).doesNotContainIgnoringCase("@import");
    assertThat(html).doesNotContainIgnoringCase("url(");
    assertThat(Pattern.compile("(src|href)=\"").matcher(html).find()).isFalse();
    assertThat(
            html.replace("http://www.w3.org/1999/xhtml", "")
                .replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void theHeadlineNumbersAreTheEnginesNumbers() {
    assertThat(html)
        .contains(Fmt.percent(results.compliance().total().achievedShare()))
        .contains(Fmt.count(results.tickets().solved()))
        .contains(Fmt.count(results.loyalty().closing()))
        .contains(Fmt.points(results.surveys().nps().total().score()));
  }

  @Test
  void writeCreatesTheFolderAndReturnsTheAbsolutePath(@TempDir Path dir) throws Exception {
    Path file = HtmlReport.write(results, dir.resolve("a/b/report.html"));

    assertThat(file).isAbsolute().exists();
    assertThat(Files.readString(file)).isEqualTo(html);
  }
}
