package org.annals.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CleanText;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

class HtmlContentExtractorTest {
  private final HtmlContentExtractor extractor = new HtmlContentExtractor();

  private static final String PAGE =
      """
      <html><head><title>Envoy visits Niamey | Sahel Daily</title>
      <meta property="og:site_name" content="Sahel Daily">
      <meta property="article:published_time" content="2031-05-04T09:30:00+01:00">
      <meta name="author" content="Jane Roe">
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div class="page">
       <article>
        <h1>Envoy visits Niamey</h1>
        <div class="article-body">
         <p>The envoy of Chad arrived in Niamey on Monday &amp; met the president of Niger, officials said.</p>
         <p>They discussed trade, the border and security in the region, according to a statement.</p>
         <div class="newsletter-signup"><p>Sign up for our newsletter to get the news every morning.</p></div>
         <p>Talks will resume next week in N&#x27;Djamena, the statement added, without giving details.</p>
        </div>
        <ul class="related-stories"><li><a href="/a">Floods close schools</a></li><li><a href="/b">Talks stall</a></li></ul>
       </article>
      </div>
      <footer>Copyright Sahel Daily. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void keepsTheArticleAndDropsNavigationNewsletterRelatedAndFooter() {
    CleanText c = extractor.extract(PAGE);
    assertThat(c.text())
        .contains("The envoy of Chad arrived in Niamey on Monday & met the president of Niger")
        .contains("They discussed trade")
        .contains("Talks will resume next week in N'Djamena")
        .doesNotContain("Home")
        .doesNotContain("newsletter")
        .doesNotContain("Floods close schools")
        .doesNotContain("All rights reserved");
  }

  @Test
  void readsMetadataFromMetaTags() {
    CleanText c = extractor.extract(PAGE);
    assertThat(c.metadata().title()).isEqualTo("Envoy visits Niamey");
    assertThat(c.metadata().published()).isEqualTo("2031-05-04");
    assertThat(c.metadata().publishedFrom()).isEqualTo("meta:article:published_time");
    assertThat(c.metadata().siteName()).isEqualTo("Sahel Daily");
    assertThat(c.metadata().author()).isEqualTo("Jane Roe");
  }

  @Test
  void readsPublicationDateFromJsonLdWhenNoMetaTagHasIt() {
    String page =
        "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2031-06-01\",\"headline\":\"Deal signed\"}]}</script></head>"
            + "<body><p>The two governments signed a deal on trade and borders on Monday, officials said.</p></body></html>";
    CleanText c = extractor.extract(page);
    assertThat(c.metadata().published()).isEqualTo("2031-06-01");
    assertThat(c.metadata().title()).isEqualTo("Deal signed");
  }

  @Test
  void everyCleanSpanMapsToTheRawHtmlItCameFrom() {
    CleanText c = extractor.extract(PAGE);
    int at = c.text().indexOf("Monday & met");
    Span raw = c.toRaw(new Span(at, at + "Monday & met".length()));
    assertThat(PAGE.substring(raw.start(), raw.end())).isEqualTo("Monday &amp; met");
    int quote = c.text().indexOf("N'Djamena");
    Span q = c.toRaw(new Span(quote, quote + 9));
    assertThat(PAGE.substring(q.start(), q.end())).isEqualTo("N&#x27;Djamena");
    CleaningAssert.assertOffsetsInside(c, PAGE);
  }

  @Test
  void deeplyNestedHtmlDoesNotExhaustTheStack() {
    int depth = 50_000;
    String page =
        "<html><body>"
            + "<div>".repeat(depth)
            + "<p>The envoy arrived in Niamey on Monday and met the president, officials said.</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    CleanText c = extractor.extract(page);
    assertThat(c.text()).contains("The envoy arrived in Niamey");
  }
}
