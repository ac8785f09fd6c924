package org.annals.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramingTermsTest {
  private static List<String> terms(FramingTerms t, String text, String lemmas) {
    return t.in(text, lemmas).stream()
        .map(x -> x.term() + "=" + String.join("|", x.classes()))
        .toList();
  }

  @Test
  void findsTermsInWordsLemmasAndHyphenatedParts() {
    FramingTerms t = FramingTerms.bundled();
    assertThat(terms(t, "Iranian-backed rebels", "iranian-backed rebel"))
        .containsExactlyInAnyOrder("backed=side", "rebels=violence");
    assertThat(terms(t, "terrorist movement", "terrorist movement"))
        .containsExactlyInAnyOrder("terrorist=illegitimacy", "movement=neutral");
    assertThat(terms(t, "martyred", null)).containsExactly("martyred=legitimacy");
    assertThat(terms(t, "so-called freedom fighters", null))
        .contains("so-called=illegitimacy", "freedom fighters=legitimacy");
    assertThat(terms(t, "regime", null)).containsExactly("regime=illegitimacy");
    assertThat(terms(t, "aggression", null)).containsExactly("aggression=illegitimacy|violence");
    assertThat(terms(t, "political bureau", "political bureau")).isEmpty();
  }

  @Test
  void everyTermNamesItsLine() {
    FramingTerms.Term regime = FramingTerms.bundled().in("regime", null).get(0);
    assertThat(regime.entry()).matches("framing-terms\\.tsv:\\d+");
  }

  @Test
  void usersAddAndReplaceTerms(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(FramingTerms.FILE),
        "# mine\nregime|regimes\tneutral\tmy reading\nzionist entity\tillegitimacy\n");
    FramingTerms t = FramingTerms.load(List.of(dir));
    assertThat(terms(t, "regime", null)).containsExactly("regime=neutral");
    assertThat(t.in("regime", null).get(0).entry()).endsWith("framing-terms.tsv:2");
    assertThat(terms(t, "the Zionist entity", null)).contains("zionist entity=illegitimacy");
    assertThat(t.size()).isEqualTo(FramingTerms.bundled().size() + 1);
  }

  @Test
  void aBadLineNamesFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(FramingTerms.FILE), "thug\tthuggish\n");
    assertThatThrownBy(() -> FramingTerms.load(List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("framing-terms.tsv:1")
        .hasMessageContaining("unknown class 'thuggish'");
  }
}
