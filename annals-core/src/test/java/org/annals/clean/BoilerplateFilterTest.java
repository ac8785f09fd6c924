package org.annals.clean;

import static org.annals.clean.CleaningAssert.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CleanText;
import org.annals.model.RemovedSpan;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
  private final BoilerplateFilter step = new BoilerplateFilter();

  @Test
  void dropsAlsoReadTeaserLines() {
    CleanText c =
        clean(step, "The envoy arrived.\n\nAlso read: Storms hit the coast\n\nHe met the king.");
    assertThat(c.text())
        .doesNotContain("Storms")
        .contains("The envoy arrived.")
        .contains("He met the king.");
    assertThat(c.removed()).extracting(RemovedSpan::rule).containsExactly("boilerplate:teaser");
  }

  @Test
  void dropsHeadlinesListedAfterAnEmptyReadMore() {
    String raw =
        "He met the king on Tuesday.\n\nRead more:\n\nFloods close schools in the north\n\nTalks stall again: minister";
    CleanText c = clean(step, raw);
    assertThat(c.text().strip()).isEqualTo("He met the king on Tuesday.");
  }

  @Test
  void stopsDroppingAtTheFirstRealSentenceAfterReadMore() {
    String raw =
        "Read more:\nFloods close schools\nThe minister said on Monday that the talks would go on.";
    assertThat(clean(step, raw).text()).contains("The minister said on Monday");
  }

  @Test
  void dropsPreviousAndNextLinksEvenWhenGluedToTheTitle() {
    CleanText c =
        clean(
            step,
            "Body text here.\nPrevious articleWorld Soil Day 2031\nNext article Harvest festival opens");
    assertThat(c.text().strip()).isEqualTo("Body text here.");
  }

  @Test
  void dropsTrailingAuthorBio() {
    String raw =
        "The envoy arrived.\n\nHe met the king.\n\nNext article Harvest\nJane Roe\n"
            + "Jane Roe is a reporter who covers the Sahel and writes about trade and farming.";
    CleanText c = clean(step, raw);
    assertThat(c.text()).doesNotContain("Jane Roe").contains("He met the king.");
  }

  @Test
  void keepsALastParagraphThatIsNotABio() {
    String raw = "The envoy arrived.\n\nTalks will resume in Niamey next week, officials said.";
    assertThat(clean(step, raw).text()).isEqualTo(raw);
  }

  @Test
  void dropsShortPromptsButKeepsSentencesThatStartTheSameWay() {
    String raw =
        "Share this article\nSubscribe to our newsletter\nFollow us on X\n"
            + "Subscribers to the state pension scheme will see their payments rise by four percent from April, the minister said.";
    CleanText c = clean(step, raw);
    assertThat(c.text().strip()).startsWith("Subscribers to the state pension");
  }

  @Test
  void dropsPublisherDisclaimers() {
    String raw =
        "He met the king.\nThe Daily Post is not responsible for the opinions of contributors.";
    assertThat(clean(step, raw).text().strip()).isEqualTo("He met the king.");
  }

  @Test
  void removedSpansPointAtTheRawText() {
    String raw = "Body.\nAlso read: Other story\nMore body.";
    CleanText c = clean(step, raw);
    RemovedSpan r = c.removed().get(0);
    assertThat(raw.substring(r.raw().start(), r.raw().end())).isEqualTo("Also read: Other story");
  }
}
