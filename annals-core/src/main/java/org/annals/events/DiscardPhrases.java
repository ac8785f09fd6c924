package org.annals.events;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annals.actors.Discard;

/**
 * The Phoenix discard phrases of a knowledge base: a sentence holding a sentence-level phrase codes
 * no event, nor does an article holding a story-level one (sports, entertainment…). A phrase
 * matches whole words, case aside, its words apart by any spacing ("Manchester United"). Immutable
 * and thread-safe.
 */
final class DiscardPhrases {
  private final Pattern sentence;
  private final Pattern story;

  DiscardPhrases(List<Discard> discards) {
    this.sentence = union(discards.stream().filter(d -> !d.story()).toList());
    this.story = union(discards.stream().filter(Discard::story).toList());
  }

  /** Whether no event of this sentence's text may be coded. */
  boolean discardsSentence(CharSequence text) {
    return sentence != null && sentence.matcher(text).find();
  }

  /** Whether no event of this article's text may be coded. */
  boolean discardsStory(CharSequence text) {
    return story != null && story.matcher(text).find();
  }

  private static Pattern union(List<Discard> list) {
    if (list.isEmpty()) {
      return null;
    }
    String alternatives =
        list.stream()
            .map(d -> Pattern.quote(d.words()).replace(" ", "\\E\\s+\\Q"))
            .distinct()
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
