package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.ActorKind;
import org.annals.actors.ArticleActors;
import org.annals.actors.ResolvedMention;
import org.annals.model.Span;

/**
 * Links a speaker as written to an actor of the article: the mention at its span, a pronoun or a
 * bare title to the running speaker or the nearest person before it, a title with no name of its
 * own to nobody. All methods give null when the actor layer is null.
 */
final class SpeakerActors {
  /** The head nouns of a title ("the Iranian president-elect", "a senior official"). */
  private static final Set<String> TITLE_HEADS =
      Set.of(
          "president",
          "president-elect",
          "minister",
          "leader",
          "chief",
          "head",
          "spokesman",
          "spokeswoman",
          "official",
          "officials",
          "ambassador",
          "envoy",
          "secretary",
          "chairman",
          "commander",
          "governor",
          "mayor");

  /**
   * The speaker's actor. When the speaker is a title ("the Iranian president-elect") and the only
   * name in it is a modifier ("Iranian"), the speaker is a person the article does not name here:
   * no actor, rather than the country.
   */
  static String speakerActor(String text, ArticleActors actors, Span speaker, List<Quote> earlier) {
    String[] words = speaker.of(text).toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    String actor = actorAt(text, actors, speaker, earlier);
    if (TITLE_HEADS.contains(head)
        && actor != null
        && !actor.startsWith("p:")
        && words.length > 1) {
      return null;
    }
    if (actor == null && TITLE_HEADS.contains(head) && actors != null && words.length > 1) {
      // "the supposed reformer president": the one person of the article with such a title
      List<String> holders = new ArrayList<>();
      for (var a : actors.actors()) {
        if (a.kind() == ActorKind.PERSON
            && a.roles().stream()
                .anyMatch(r -> r.title().toLowerCase(Locale.ROOT).contains(head))) {
          holders.add(a.id());
        }
      }
      if (holders.size() == 1) {
        return holders.get(0);
      }
      if (holders.isEmpty() && words.length == 2 && words[0].equals("the")) {
        // "Pezeshkian said … The president-elect also referred to …": a bare definite title
        // continues the running speaker, as a pronoun would
        return continuedSpeaker(actors, speaker, earlier);
      }
    }
    return actor;
  }

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");

  /**
   * The actor of the mention at a span. A pronoun continues the previous attribution's speaker when
   * no person is named between them ("…, he added" after a quote of his), else takes the nearest
   * person mentioned before it.
   */
  static String actorAt(String text, ArticleActors actors, Span span, List<Quote> earlier) {
    if (actors == null || span == null) {
      return null;
    }
    boolean pronoun = PERSONAL_PRONOUNS.contains(span.of(text).toLowerCase(Locale.ROOT));
    for (ResolvedMention m : actors.mentions()) {
      if (m.span().start() < span.end() && span.start() < m.span().end()) {
        return m.actorId();
      }
    }
    if (!pronoun) {
      return null;
    }
    return continuedSpeaker(actors, span, earlier);
  }

  /**
   * The previous attribution's speaker when no person is named between it and {@code span}, else
   * the nearest person mentioned before {@code span}.
   */
  private static String continuedSpeaker(ArticleActors actors, Span span, List<Quote> earlier) {
    ResolvedMention nearest = null;
    for (ResolvedMention m : actors.mentions()) {
      if (m.span().end() <= span.start()
          && m.actorId().startsWith("p:")
          && (nearest == null || m.span().start() > nearest.span().start())) {
        nearest = m;
      }
    }
    Quote previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    if (previous != null && span.equals(previous.speaker())) {
      return previous.speakerActor(); // the same words speak again ("…, saying")
    }
    if (previous != null) {
      int previousEnd =
          Math.max(
              previous.content().end(),
              Math.max(
                  previous.cue().end(), previous.speaker() == null ? 0 : previous.speaker().end()));
      if (previousEnd <= span.start()
          && (nearest == null || nearest.span().start() < previousEnd)) {
        return previous.speakerActor();
      }
    }
    return nearest == null ? null : nearest.actorId();
  }
}
