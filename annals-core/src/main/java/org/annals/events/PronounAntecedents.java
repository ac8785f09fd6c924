package org.annals.events;

import java.util.Set;
import org.annals.actors.ResolvedMention;
import org.annals.model.Token;
import org.annals.quotes.Quote;

/**
 * Who a pronoun subject or object stands for: a person's pronoun the speaker of its attribution or
 * the nearest person before it; "it", "they" the nearest country, organisation or group. Stateless.
 */
final class PronounAntecedents {
  private PronounAntecedents() {}

  static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");

  /** Pronouns for a country, an organisation or a group: "Syria says it is willing to …". */
  static final Set<String> COLLECTIVE = Set.of("it", "its", "they", "them", "their");

  /**
   * A pronoun's person: the speaker of the attribution it is the subject of ("…, he continued"),
   * else the first person named earlier in its sentence, else the first person of the nearest
   * earlier sentence that names one (usually that sentence's subject).
   */
  static ResolvedMention antecedent(ParsedArticle d, Token pronoun, Set<String> notThese) {
    for (Quote q : d.quotes()) {
      if (q.speaker() != null && q.speaker().contains(pronoun.span()) && q.speakerActor() != null) {
        for (ResolvedMention m : d.actors().mentions()) {
          if (m.actorId().equals(q.speakerActor()) && m.span().end() <= pronoun.span().start()) {
            return new ResolvedMention(
                pronoun.sentence(), pronoun.span(), pronoun.text(), m.actorId(), "pronoun:quote");
          }
        }
      }
    }
    for (int s = pronoun.sentence(); s >= Math.max(0, pronoun.sentence() - 3); s--) {
      for (ResolvedMention m : d.actors().mentions()) {
        if (m.sentence() == s
            && m.span().end() <= pronoun.span().start()
            && d.isPerson(m.actorId())
            && !notThese.contains(m.actorId())) {
          return new ResolvedMention(
              pronoun.sentence(), pronoun.span(), pronoun.text(), m.actorId(), "pronoun:nearest");
        }
      }
    }
    return null;
  }

  /**
   * "Syria says it will …", "the rebels said they …": the first country, organisation or group
   * named before the pronoun in its sentence (usually the subject), else in the sentence before.
   */
  static ResolvedMention collectiveAntecedent(
      ParsedArticle d, Token pronoun, Set<String> notThese) {
    for (int s = pronoun.sentence(); s >= Math.max(0, pronoun.sentence() - 1); s--) {
      for (ResolvedMention m : d.actors().mentions()) {
        if (m.sentence() == s
            && m.span().end() <= pronoun.span().start()
            && !d.isPerson(m.actorId())
            && !notThese.contains(m.actorId())) {
          return new ResolvedMention(
              pronoun.sentence(), pronoun.span(), pronoun.text(), m.actorId(), "pronoun:group");
        }
      }
    }
    return null;
  }
}
