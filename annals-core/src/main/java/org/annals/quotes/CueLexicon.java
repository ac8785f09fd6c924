package org.annals.quotes;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.lexicon.LexiconLine;

/**
 * The words that cue an attribution, by kind: verbs of saying, verbs of a stance (with the
 * particles they take), attitude adjectives, light verbs and the speech nouns they take, nouns of a
 * view's holder, of owned words and of views held by their possessor. Data in {@code
 * org/annals/quotes/cues.tsv}, whose header documents the format. Immutable and thread-safe.
 */
final class CueLexicon {
  /** What a word cues; the names are those of the file's second column. */
  enum Kind {
    SPEECH,
    STANCE,
    ATTITUDE,
    COPULA,
    LIGHT_VERB,
    SPEECH_NOUN,
    ROLE_NOUN,
    OWNED_NOUN,
    VIEW_NOUN;

    static Kind of(String name) {
      for (Kind k : values()) {
        if (k.name().replace('_', '-').equalsIgnoreCase(name)) {
          return k;
        }
      }
      return null;
    }
  }

  private static final CueLexicon STANDARD = load("cues.tsv");

  private final Map<Kind, Set<String>> words;
  private final Map<String, Set<String>> particles;
  private final Set<String> addressed;

  private CueLexicon(
      Map<Kind, Set<String>> words, Map<String, Set<String>> particles, Set<String> addressed) {
    this.words = words;
    this.particles = particles;
    this.addressed = addressed;
  }

  static CueLexicon standard() {
    return STANDARD;
  }

  /** The words of one kind (lemmas, lower case). */
  Set<String> words(Kind kind) {
    return words.get(kind);
  }

  /** The particles a stance verb takes before its object ("call" → for, on, out); may be empty. */
  Set<String> particles(String lemma) {
    return particles.getOrDefault(lemma, Set.of());
  }

  /**
   * Whether a verb of saying takes whom it addresses as its object before the words ("told Haniyeh
   * that …", "reminded voters of …").
   */
  boolean addressed(String lemma) {
    return addressed.contains(lemma);
  }

  private static CueLexicon load(String resource) {
    return LexiconLine.load(CueLexicon.class, resource, CueLexicon::parse);
  }

  /**
   * Parses lexicon lines; a malformed line, an unknown kind or a word given twice for one kind
   * fails the whole file with its name and line.
   */
  static CueLexicon parse(Reader reader, String name) throws IOException {
    return parse(LexiconLine.read(reader, name), name);
  }

  private static CueLexicon parse(List<LexiconLine> lines, String name) {
    Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      words.put(k, new HashSet<>());
    }
    Map<String, Set<String>> particles = new HashMap<>();
    Set<String> addressed = new HashSet<>();
    for (LexiconLine l : lines) {
      String[] f = l.fields();
      if (f.length < 2 || f.length > 3) {
        throw l.error("expected 2 or 3 tab-separated columns (word, kind, third): " + l.text());
      }
      String word = f[0].strip();
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || word.contains(" ")) {
        throw l.error("expected one lower-case word: " + l.text());
      }
      Kind kind = Kind.of(f[1].strip());
      if (kind == null) {
        throw l.error("unknown kind '" + f[1].strip() + "'");
      }
      if (!words.get(kind).add(word)) {
        throw l.error("'" + word + "' is already a " + f[1]);
      }
      if (f.length == 3 && kind == Kind.SPEECH) {
        if (!f[2].strip().equals("addressee")) {
          throw l.error("a verb of saying takes only 'addressee' in the third column: " + l.text());
        }
        addressed.add(word);
      } else if (f.length == 3) {
        if (kind != Kind.STANCE) {
          throw l.error("only a stance verb takes particles, and a verb of saying an addressee");
        }
        particles.put(word, Set.copyOf(List.of(f[2].strip().split("\\s*,\\s*"))));
      }
    }
    for (String w : words.get(Kind.SPEECH)) {
      if (words.get(Kind.STANCE).contains(w)) {
        throw new IllegalArgumentException(name + ": '" + w + "' is both speech and stance");
      }
    }
    words.replaceAll((k, v) -> Set.copyOf(v));
    return new CueLexicon(words, Map.copyOf(particles), Set.copyOf(addressed));
  }
}
