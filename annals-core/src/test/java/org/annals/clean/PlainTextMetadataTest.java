package org.annals.clean;

import static org.annals.clean.CleaningAssert.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CleanText;
import org.junit.jupiter.api.Test;

class PlainTextMetadataTest {
  private final PlainTextMetadata step = new PlainTextMetadata();

  @Test
  void leadingDateLineIsMetadataNotText() {
    CleanText c = clean(step, " date 2031-03-02 The minister flew to Oslo on Monday.");
    assertThat(c.metadata().published()).isEqualTo("2031-03-02");
    assertThat(c.text()).isEqualTo("The minister flew to Oslo on Monday.");
    assertThat(c.removed())
        .singleElement()
        .satisfies(r -> assertThat(r.rule()).isEqualTo("metadata:date-line"));
  }

  @Test
  void datelineWithDateAndAgencyCode() {
    CleanText c =
        clean(
            step,
            "Nairobi, 3 May 2030 (KNA): The president received the envoy of Chad and discussed trade.");
    assertThat(c.metadata().dateline()).isEqualTo("Nairobi");
    assertThat(c.metadata().agency()).isEqualTo("KNA");
    assertThat(c.metadata().datelineDate()).isEqualTo("2030-05-03");
    assertThat(c.metadata().published()).isEqualTo("2030-05-03");
    assertThat(c.text()).isEqualTo("The president received the envoy of Chad and discussed trade.");
  }

  @Test
  void datelineWithAgencyCodeAndDash() {
    CleanText c =
        clean(
            step,
            "Lima (AP) - The foreign minister of Peru met his Chilean counterpart on Friday.");
    assertThat(c.metadata().dateline()).isEqualTo("Lima");
    assertThat(c.metadata().agency()).isEqualTo("AP");
    assertThat(c.metadata().datelineDate()).isNull();
    assertThat(c.text()).startsWith("The foreign minister");
  }

  @Test
  void upperCaseDatelineWithRegionBecomesTitleCase() {
    CleanText c =
        clean(
            step,
            "GAZA CITY, Gaza Strip (Reuters) - Talks resumed in Cairo on Sunday between the two sides.");
    assertThat(c.metadata().dateline()).isEqualTo("Gaza City, Gaza Strip");
    assertThat(c.metadata().agency()).isEqualTo("Reuters");
  }

  @Test
  void ordinarySentenceIsNotADateline() {
    CleanText c = clean(step, "Oslo (the capital) hosted talks. Officials said nothing.");
    assertThat(c.metadata().dateline()).isNull();
    assertThat(c.text()).startsWith("Oslo (the capital)");
  }

  @Test
  void gluedSiteLabelIsRemoved() {
    CleanText c =
        clean(
            step,
            "Lima (AP) - First paragraph of the story goes here today.\n\nAndes WireAndes news: The envoy arrived.");
    assertThat(c.text()).contains("\n\nThe envoy arrived.").doesNotContain("Andes WireAndes");
  }

  @Test
  void titleIsTheFirstShortLeadingLineOfSeveralWords() {
    CleanText c =
        clean(
            step,
            "Jane Roe\n\nChad and Niger sign border deal\n\nThe two governments signed a deal on Monday.");
    assertThat(c.metadata().title()).isEqualTo("Chad and Niger sign border deal");
    assertThat(c.text()).startsWith("Jane Roe"); // the title stays in the text
  }

  @Test
  void aLeadingSentenceIsNoTitle() {
    CleanText c = clean(step, "The minister spoke on Monday with his counterpart.\nHe said so.");
    assertThat(c.metadata().title()).isNull();
  }

  @Test
  void bylineBecomesAuthor() {
    CleanText c =
        clean(
            step,
            "Border deal signed\n\nBy Jane Roe\n\nThe two governments signed a deal on Monday.");
    assertThat(c.metadata().author()).isEqualTo("Jane Roe");
    assertThat(c.text()).doesNotContain("By Jane Roe");
  }

  @Test
  void firstLineOfAHardWrappedParagraphIsNoTitleIssue18() {
    CleanText c =
        clean(
            step,
            "President Joseph R. Biden, Jr. called Ishiba Shigeru today to\n"
                + "congratulate him on his election as Prime Minister of Japan.\n\n"
                + "The two leaders discussed the alliance.");
    assertThat(c.metadata().title()).isNull();
  }

  @Test
  void aTitleLineFollowedByABlankLineIsStillATitleIssue18() {
    CleanText c =
        clean(
            step,
            "Leaders discuss the alliance\n\nThe two leaders spoke today\nabout the alliance.");
    assertThat(c.metadata().title()).isEqualTo("Leaders discuss the alliance");
  }

  @Test
  void aShortLineInsideAParagraphIsNoTitleIssue18() {
    CleanText c = clean(step, "The envoy arrived\nin Oslo on Monday\n\nHe met the minister.");
    assertThat(c.metadata().title()).isNull();
  }
}
