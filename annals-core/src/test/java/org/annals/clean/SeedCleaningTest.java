package org.annals.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.annals.Shared;
import org.annals.model.CleanText;
import org.annals.model.InputFormat;
import org.junit.jupiter.api.Test;

/** The acceptance checks of cleaning on the five seed articles (read in place from ../shared). */
class SeedCleaningTest {
  private CleanText clean(String seed) throws Exception {
    return CleaningAssert.cleanFile(Shared.seed(seed), InputFormat.TEXT);
  }

  @Test
  void seed002ReadsAsPlainEnglish() throws Exception {
    CleanText c = clean("002");
    assertThat(c.text()).doesNotContainPattern("\\p{IsCyrillic}");
    assertThat(c.text())
        .contains(
            "Iran’s President Ebrahim Raisi spoke with the heads of the Palestinian militant organizations");
    assertThat(c.metadata().title()).isEqualTo("Iran declares support to Hamas");
    assertThat(c.foldedChars()).isGreaterThan(200);
  }

  @Test
  void seed001DateLineIsMetadata() throws Exception {
    CleanText c = clean("001");
    assertThat(c.metadata().published()).isEqualTo("2024-07-15");
    assertThat(c.text())
        .startsWith("“My administration will prioritize")
        .doesNotContain("2024-07-15");
  }

  @Test
  void seed003KeepsTheReportAndDropsTeasersNavigationAndBio() throws Exception {
    CleanText c = clean("003");
    assertThat(c.metadata().dateline()).isEqualTo("Tehran");
    assertThat(c.metadata().agency()).isEqualTo("TDI");
    assertThat(c.metadata().datelineDate()).isEqualTo("2023-10-24");
    assertThat(c.text())
        .doesNotContain("Also read")
        .doesNotContain("President of Pakistan stands with Palestine")
        .doesNotContain("OIC sanctions")
        .doesNotContain("Previous article")
        .doesNotContain("Next article")
        .doesNotContain("Zambia")
        .doesNotContain("Maham")
        .doesNotContain("UMT")
        .doesNotContain("(TDI)");
    assertKeepsEveryReportSentence(
        "003",
        c,
        List.of("Also read", "Previous article", "Next article", "Maham Shabir", "A dedicated"));
  }

  @Test
  void seed004KeepsTheReportAndDropsReadMoreHeadlines() throws Exception {
    CleanText c = clean("004");
    assertThat(c.metadata().dateline()).isEqualTo("Tehran");
    assertThat(c.metadata().agency()).isEqualTo("IP");
    assertThat(c.text())
        .startsWith("The Leader of the Islamic Revolution Ayatollah Khamenei received")
        .doesNotContain("Read more")
        .doesNotContain("Political isolation of Israel")
        .doesNotContain("just arrives in Tehran")
        .doesNotContain("Iran PressIran news")
        .doesNotContain("\u00A0");
    assertKeepsEveryReportSentence(
        "004",
        c,
        List.of("Read more", "Political isolation", "Hamas political Bureau Chief just arrives"));
  }

  /**
   * Every paragraph of the raw article that is not furniture is in the clean text, word for word.
   */
  private void assertKeepsEveryReportSentence(String seed, CleanText c, List<String> furniture)
      throws Exception {
    String normalisedClean = c.text().replaceAll("\\s+", " ");
    for (String para : Files.readString(Shared.seed(seed)).split("\n")) {
      String p = para.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (p.isEmpty() || furniture.stream().anyMatch(p::startsWith)) {
        continue;
      }
      // the dateline and the site label are metadata: compare what follows them
      p =
          p.replaceFirst("^Tehran, 24 October 2023 \\(TDI\\): ", "")
              .replaceFirst("^Tehran \\(IP\\) - ", "")
              .replaceFirst("^" + Pattern.quote("Iran PressIran news: "), "");
      assertThat(normalisedClean).as("seed %s keeps: %s", seed, p).contains(p);
    }
  }
}
