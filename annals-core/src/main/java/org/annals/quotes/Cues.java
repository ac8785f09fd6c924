package org.annals.quotes;

import java.util.Set;
import java.util.function.Predicate;
import org.annals.model.Token;

/**
 * The standard lexicon's cue words by kind ({@code cues.tsv}), as the rules read them: lemmas in
 * lower case. Immutable.
 */
final class Cues {
  /** Verbs of saying: "said that …", "“…,” X added". */
  static final Set<String> SPEECH = CueLexicon.standard().words(CueLexicon.Kind.SPEECH);

  /**
   * Cues of a stance rather than of words: what someone calls, praises, criticises, supports,
   * wants, fears or finds. The content is their object ("called the plan “a disgrace”", "backs
   * Sanders", "wants voters to know …"), or the clause they introduce ("found that …"). PolNeAR
   * annotates these as attributions, and an analyst reads them as one: who holds what view.
   */
  static final Set<String> STANCE = CueLexicon.standard().words(CueLexicon.Kind.STANCE);

  /** Whether a token's lemma is a verb of saying or of a stance. */
  static final Predicate<Token> SPEECH_OR_STANCE =
      t -> {
        String l = Tokens.lemma(t);
        return SPEECH.contains(l) || STANCE.contains(l);
      };

  /**
   * Adjectives of a holder's attitude to what follows them: "are furious at the company", "was less
   * concerned with ethnic distinctions", "is willing to accept him". After a copula, they cue a
   * stance whose object is what the preposition, infinitive or "that" introduces.
   */
  static final Set<String> ATTITUDES = CueLexicon.standard().words(CueLexicon.Kind.ATTITUDE);

  /** Verbs that make a speech act of a noun: "made the case", "took a swipe", "drew a contrast". */
  static final Set<String> LIGHT_VERBS = CueLexicon.standard().words(CueLexicon.Kind.LIGHT_VERB);

  /** The nouns those verbs make speech acts of (lemmas). */
  static final Set<String> SPEECH_NOUNS = CueLexicon.standard().words(CueLexicon.Kind.SPEECH_NOUN);

  /** Verbs that link a subject to an attitude: "seemed pleased with", "grew tired of". */
  static final Set<String> COPULAS = CueLexicon.standard().words(CueLexicon.Kind.COPULA);

  /** Nouns whose owner's words follow "is"/"was": "Rubio's answer was that …". */
  static final Set<String> OWNED_NOUNS = CueLexicon.standard().words(CueLexicon.Kind.OWNED_NOUN);

  /** Nouns of a view, wish or statement that their possessor holds (see {@code cues.tsv}). */
  static final Set<String> VIEW_NOUNS = CueLexicon.standard().words(CueLexicon.Kind.VIEW_NOUN);

  /** Nouns for those who hold a view of someone or something: "a supporter of", "a critic of". */
  static final Set<String> ROLE_NOUNS = CueLexicon.standard().words(CueLexicon.Kind.ROLE_NOUN);
}
