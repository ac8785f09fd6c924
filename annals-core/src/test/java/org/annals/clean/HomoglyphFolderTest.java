package org.annals.clean;

import static org.annals.clean.CleaningAssert.assertCleans;
import static org.annals.clean.CleaningAssert.clean;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.annals.Shared;
import org.annals.model.CleanText;
import org.junit.jupiter.api.Test;

class HomoglyphFolderTest {
  private final HomoglyphFolder folder = new HomoglyphFolder();

  @Test
  void foldsCyrillicIeInsideLatinWord() {
    CleanText c = clean(folder, "Thе prеsidеnt");
    assertThat(c.text()).isEqualTo("The president");
    assertThat(c.foldedChars()).isEqualTo(3);
  }

  @Test
  void foldsUpperCaseToUpperCase() {
    assertCleans(folder, "ІRAN Рresident", "IRAN President"); // Cyrillic І and Р
  }

  @Test
  void foldsGreekLookalikesToo() {
    assertCleans(folder, "Gοvernment", "Government"); // Greek omicron
  }

  @Test
  void leavesGenuineCyrillicWordsAlone() {
    assertCleans(folder, "Москва said", "Москва said");
    assertCleans(folder, "Владимир Путин", "Владимир Путин");
  }

  @Test
  void foldsAWordMadeOnlyOfLookalikesBetweenLatinWords() {
    assertCleans(folder, "this is а test", "this is a test"); // Cyrillic а alone
  }

  @Test
  void keepsALookalikeWordAmongCyrillicWords() {
    assertCleans(folder, "мы а вы", "мы а вы");
  }

  @Test
  void foldingTwiceEqualsFoldingOnce() throws Exception {
    for (String text :
        new String[] {
          Files.readString(Shared.seed("002")), "Thе Еnd Рaris а Москва ѕ һ", "Ꭺpple ｍixed αβγ Gοd"
        }) {
      CleanText once = folder.apply(CleanText.of(text));
      CleanText twice = folder.apply(CleanText.of(once.text()));
      assertThat(twice.text()).isEqualTo(once.text());
      assertThat(twice.foldedChars()).isZero();
    }
  }

  @Test
  void seedWithCyrillicEKeepsNoCyrillicLetter() throws Exception {
    String raw = Files.readString(Shared.seed("002"));
    CleanText c = folder.apply(CleanText.of(raw));
    assertThat(c.text()).doesNotContainPattern("\\p{IsCyrillic}");
    assertThat(c.text()).contains("The president of Iran declares that we support");
    assertThat(c.foldedChars()).isGreaterThan(200);
  }
}
