package org.annals.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.annals.model.CleanText;
import org.junit.jupiter.api.Test;

/** Issue 18: a page whose body sits in containers named like furniture keeps its article. */
class ArticleFallbackTest {
  private final HtmlContentExtractor extractor = new HtmlContentExtractor();

  private static String page(String name) throws IOException {
    try (InputStream in = ArticleFallbackTest.class.getResourceAsStream("pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private CleanText extract(String name) throws IOException {
    String raw = page(name);
    CleanText c = extractor.extract(raw);
    CleaningAssert.assertOffsetsInside(c, raw);
    return c;
  }

  private static void assertWholeArticle(CleanText c) {
    assertThat(c.text())
        .contains("The foreign minister of Chad arrived in Niamey on Monday")
        .contains("Neither government commented on reports that armed groups")
        .doesNotContain("Section 7")
        .doesNotContain("12 Rue du Fleuve");
  }

  @Test
  void elementorPostContentWidgetIsTheArticleIssue18() throws IOException {
    CleanText c = extract("elementor-post.html");
    assertWholeArticle(c);
    assertThat(c.text()).doesNotContain("Other story number 3");
  }

  @Test
  void bodyInsideAContainerNamedLikeASidebarIsKeptIssue18() throws IOException {
    CleanText c = extract("sidebar-named-body.html");
    assertWholeArticle(c);
    assertThat(c.text()).doesNotContain("Recent story 4");
  }

  @Test
  void bodyInsideContainersNamedAsShareToolsFallsBackToTheDensestBlockIssue18() throws IOException {
    assertWholeArticle(extract("furniture-named-body.html"));
  }

  @Test
  void articleBodyOfJsonLdWhenThePageShowsNoProseIssue18() {
    String raw =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"articleBody\":\"The envoy of Chad arrived in Niamey on Monday and met the"
            + " president of Niger, officials said. They discussed trade and the border, the security of the region"
            + " and the return of refugees, according to a joint statement issued after the talks.\"}"
            + "</script></head><body><div class=\"widget\"><p>Loading…</p></div></body></html>";
    assertThat(extractor.extract(raw).text()).contains("The envoy of Chad arrived in Niamey");
  }
}
