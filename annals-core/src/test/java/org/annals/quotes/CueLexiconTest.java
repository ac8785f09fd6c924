package org.annals.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.annals.quotes.CueLexicon.Kind;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  private static CueLexicon parse(String text) throws Exception {
    return CueLexicon.parse(new StringReader(text), "test.tsv");
  }

  @Test
  void theBundledLexiconHasEveryKindAndTheParticlesOfItsStances() {
    CueLexicon lex = CueLexicon.standard();
    for (Kind k : Kind.values()) {
      assertThat(lex.words(k)).as(k.name()).isNotEmpty();
    }
    assertThat(lex.words(Kind.SPEECH)).contains("say", "tell", "imply", "allege");
    assertThat(lex.words(Kind.STANCE)).contains("call", "endorse", "tout", "deem");
    assertThat(lex.particles("call")).containsExactlyInAnyOrder("for", "on", "out");
    assertThat(lex.particles("endorse")).isEmpty();
  }

  @Test
  void readsWordsKindsAndParticles() throws Exception {
    CueLexicon lex =
        parse("# a comment\n\nsay\tspeech\nrail\tstance\tagainst, at\nproud\tattitude\n");
    assertThat(lex.words(Kind.SPEECH)).containsExactly("say");
    assertThat(lex.particles("rail")).containsExactlyInAnyOrder("against", "at");
    assertThat(lex.words(Kind.ATTITUDE)).containsExactly("proud");
    assertThat(lex.words(Kind.ROLE_NOUN)).isEmpty();
  }

  @Test
  void aMalformedLineFailsTheFileWithItsLine() {
    assertThatThrownBy(() -> parse("say\tspeech\nrail\n"))
        .hasMessageStartingWith("test.tsv:2: expected 2 or 3 tab-separated columns");
    assertThatThrownBy(() -> parse("say\tspeach\n"))
        .hasMessage("test.tsv:1: unknown kind 'speach'");
    assertThatThrownBy(() -> parse("Say\tspeech\n"))
        .hasMessageStartingWith("test.tsv:1: expected one lower-case word");
    assertThatThrownBy(() -> parse("say\tspeech\tthat\n"))
        .hasMessageStartingWith("test.tsv:1: a verb of saying takes only");
    assertThatThrownBy(() -> parse("say\tspeech\nsay\tspeech\n"))
        .hasMessage("test.tsv:2: 'say' is already a speech");
    assertThatThrownBy(() -> parse("back\tspeech\nback\tstance\n"))
        .hasMessage("test.tsv: 'back' is both speech and stance");
  }
}
