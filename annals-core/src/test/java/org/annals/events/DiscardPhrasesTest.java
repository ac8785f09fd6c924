package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.actors.Discard;
import org.junit.jupiter.api.Test;

class DiscardPhrasesTest {
  private final DiscardPhrases discards =
      new DiscardPhrases(
          List.of(
              new Discard("PENALTY SHOOTOUT", false, "d:1"),
              new Discard("WORLD CUP", true, "d:2"),
              new Discard("QUEEN'S ANTHEM", false, "d:3")));

  @Test
  void sentencePhrasesMatchWholeWordsCaseAndSpacingAside() {
    assertThat(discards.discardsSentence("The match went to a Penalty\nshootout.")).isTrue();
    assertThat(discards.discardsSentence("They sang the queen's anthem.")).isTrue();
    assertThat(discards.discardsSentence("penalty shootouts")).isFalse();
    assertThat(discards.discardsSentence("The World Cup final")).isFalse();
  }

  @Test
  void storyPhrasesDiscardTheArticle() {
    assertThat(discards.discardsStory("Ahead of the World Cup, ministers met.")).isTrue();
    assertThat(discards.discardsStory("A penalty shootout.")).isFalse();
    assertThat(new DiscardPhrases(List.of()).discardsStory("World Cup")).isFalse();
  }
}
