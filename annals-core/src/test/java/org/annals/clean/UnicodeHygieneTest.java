package org.annals.clean;

import static org.annals.clean.CleaningAssert.assertCleans;
import static org.annals.clean.CleaningAssert.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeHygieneTest {
  private final UnicodeHygiene step = new UnicodeHygiene();

  @Test
  void turnsNoBreakAndOtherSpacesIntoSpaces() {
    assertCleans(step, "Tehran\u00A0(IP)\u2009-\u3000x\ty", "Tehran (IP) - x y");
  }

  @Test
  void removesZeroWidthCharactersAndSoftHyphens() {
    assertCleans(step, "Pe\u200Bzesh\u00ADkian\uFEFF said\u200D", "Pezeshkian said");
  }

  @Test
  void normalisesLineEndings() {
    assertCleans(step, "a\r\nb\rc\u2028d", "a\nb\nc\nd");
  }

  @Test
  void keepsQuoteMarks() {
    assertCleans(step, "“blessed” ‘x’ \"y\" 'z'", "“blessed” ‘x’ \"y\" 'z'");
  }

  @Test
  void mapsTextAfterRemovedCharactersBackToItsRawPlace() {
    var c = clean(step, "a\u200Bbc");
    assertThat(c.map().rawStart(1)).isEqualTo(2); // "b" sits after the zero-width space
  }
}
