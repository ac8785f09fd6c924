package org.annals.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.lexicon.LexiconLine;
import org.annals.model.Token;

/**
 * The words that signal an event ("held talks", "phone call", "welcomed"), each with its CAMEO code
 * and where its target is found; data in {@code org/annals/events/triggers.tsv}.
 */
public final class TriggerLexicon {
  /**
   * How far apart (in other words) the words of a pattern may be: "provide nearly 25,000 tons of
   * emergency food aid". A pattern never reaches over a comma, a full stop or another verb.
   */
  static final int MAX_GAP = 6;

  /**
   * One lexicon line.
   *
   * @param words the pattern's lemmas in text order
   * @param head index of the head word in {@code words}
   * @param noun whether the head is a noun (else a verb)
   * @param targets target slots in order of preference: "obj", "iobj" or a preposition
   * @param line "triggers.tsv:LINE", the provenance of every event it codes
   * @param plover the PLOVER type (and "/mode") where the codebook puts the act under another type
   *     than the crosswalk of its CAMEO code does ("sentence": CAMEO 173, PLOVER SANCTION/convict),
   *     or null
   */
  public record Entry(
      String cameo,
      List<String> words,
      int head,
      boolean noun,
      List<String> targets,
      String line,
      String plover) {
    /** An entry its CAMEO code's crosswalk gives the PLOVER type of. */
    public Entry(
        String cameo,
        List<String> words,
        int head,
        boolean noun,
        List<String> targets,
        String line) {
      this(cameo, words, head, noun, targets, line, null);
    }

    public String headLemma() {
      return words.get(head);
    }

    public String pattern() {
      return String.join(" ", words);
    }
  }

  /**
   * A place where an entry matched.
   *
   * @param head document-wide index of the head token
   * @param tokens document-wide indices of every matched token, in order
   */
  public record Match(Entry entry, int head, List<Integer> tokens) {}

  private static final TriggerLexicon STANDARD = load("triggers.tsv");

  private final Map<String, List<Entry>> byHead;

  private TriggerLexicon(List<Entry> entries) {
    Map<String, List<Entry>> m = new HashMap<>();
    for (Entry e : entries) {
      m.computeIfAbsent(e.headLemma(), k -> new ArrayList<>()).add(e);
    }
    this.byHead = m;
  }

  public static TriggerLexicon standard() {
    return STANDARD;
  }

  /** A lexicon of entries made elsewhere (a verb dictionary's): on a head, earlier ones first. */
  static TriggerLexicon of(List<Entry> entries) {
    return new TriggerLexicon(entries);
  }

  public int size() {
    return byHead.values().stream().mapToInt(List::size).sum();
  }

  /** Every entry, in no particular order. */
  List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    byHead.values().forEach(out::addAll);
    return out;
  }

  /** Every CAMEO code some entry assigns. */
  public Set<String> codes() {
    Set<String> out = new java.util.TreeSet<>();
    byHead.values().forEach(l -> l.forEach(e -> out.add(e.cameo())));
    return out;
  }

  /**
   * Whether a sentence holds a trigger: decides whether it is worth parsing. The whole pattern must
   * match ("be willing", not every "be").
   */
  public boolean mayTrigger(List<Token> sentence) {
    return !find(sentence).isEmpty();
  }

  /** Every trigger in a sentence: on each head token, the longest matching entry. */
  public List<Match> find(List<Token> sentence) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      List<Entry> candidates = byHead.get(lemma(t));
      if (candidates == null) {
        continue;
      }
      Match best = null;
      for (Entry e : candidates) {
        if (!(e.noun() ? t.pos().startsWith("NN") : isVerb(sentence, i))) {
          continue;
        }
        List<Integer> matched = match(e, sentence, i);
        if (matched != null && (best == null || matched.size() > best.tokens().size())) {
          best = new Match(e, t.index(), matched);
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    return out;
  }

  /**
   * A verb, or a word the tagger took for a noun right after a modal or "to" ("they would blockade
   * Paris"): there it can only be a verb.
   */
  private static boolean isVerb(List<Token> s, int i) {
    String pos = s.get(i).pos();
    if (pos.startsWith("VB")) {
      return true;
    }
    return i > 0
        && (pos.equals("NN") || pos.equals("JJ"))
        && (s.get(i - 1).pos().equals("MD") || s.get(i - 1).pos().equals("TO"));
  }

  private static List<Integer> match(Entry e, List<Token> s, int headPos) {
    List<Integer> positions = new ArrayList<>();
    int pos = headPos;
    for (int w = e.head() - 1; w >= 0; w--) { // modifiers before the head, nearest first
      pos = seek(s, e.words().get(w), pos - 1, -1);
      if (pos < 0) {
        return null;
      }
      positions.add(0, s.get(pos).index());
    }
    positions.add(s.get(headPos).index());
    pos = headPos;
    for (int w = e.head() + 1; w < e.words().size(); w++) {
      pos = seek(s, e.words().get(w), pos + 1, +1);
      if (pos < 0) {
        return null;
      }
      positions.add(s.get(pos).index());
    }
    return positions;
  }

  /**
   * The word class {@code @money} in a pattern: a currency word or sign ("10 million euros",
   * "$5bn", "£10m"), which may be further from the verb than a word ("provide Ivory Coast with an
   * additional 10 million euros").
   */
  static final String MONEY = "@money";

  private static final int MONEY_GAP = 10;

  private static final Set<String> CURRENCIES =
      Set.of(
          "$",
          "us$",
          "€",
          "£",
          "¥",
          "dollar",
          "euro",
          "pound",
          "yen",
          "yuan",
          "renminbi",
          "rupee",
          "riyal",
          "rial",
          "rouble",
          "ruble",
          "franc",
          "peso",
          "rand",
          "shilling",
          "naira",
          "dinar",
          "dirham",
          "lira",
          "krone",
          "krona",
          "zloty",
          "forint",
          "hryvnia",
          "baht",
          "ringgit",
          "rupiah",
          "taka",
          "cedi",
          "kwacha",
          "birr");

  private static boolean matches(Token t, String word) {
    return word.equals(MONEY) ? CURRENCIES.contains(lemma(t)) : lemma(t).equals(word);
  }

  /**
   * A particle marked {@code +} in a pattern ("*give +in", "*round +up") stays near its verb: at
   * most this many words between ("rounded them up"), so that "give £50m to schools in Wales" is no
   * "give in".
   */
  private static final int PARTICLE_GAP = 2;

  private static int seek(List<Token> s, String word, int from, int step) {
    boolean particle = word.startsWith("+");
    String lemma = particle ? word.substring(1) : word;
    int gap = particle ? PARTICLE_GAP : lemma.equals(MONEY) ? MONEY_GAP : MAX_GAP;
    for (int k = 0, p = from; k <= gap && p >= 0 && p < s.size(); k++, p += step) {
      if (matches(s.get(p), lemma)) {
        return p;
      }
      if (s.get(p).pos().equals(".")
          || s.get(p).text().equals(",")
          || s.get(p).pos().startsWith("VB")
          || s.get(p).pos().equals("MD")) {
        return -1; // a pattern does not reach over a clause boundary or another verb
      }
    }
    return -1;
  }

  private static String lemma(Token t) {
    return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  static TriggerLexicon load(String resource) {
    return LexiconLine.load(TriggerLexicon.class, resource, TriggerLexicon::parse);
  }

  /** Parses lexicon lines; a malformed line fails the whole file with its name and line. */
  static TriggerLexicon parse(java.io.Reader reader, String name) throws IOException {
    return parse(LexiconLine.read(reader, name), name);
  }

  private static TriggerLexicon parse(List<LexiconLine> lines, String name) {
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LexiconLine l : lines) {
      String[] f = l.fields();
      String where = l.where();
      if (f.length != 4 && f.length != 5) {
        throw l.error("expected 4 or 5 tab-separated columns: " + l.text());
      }
      String plover = f.length == 5 ? f[4].strip() : null;
      if (plover != null && !plover.matches("[A-Z]+(/[a-z-]+)?")) {
        throw l.error("expected a PLOVER type, or TYPE/mode, in column 5: " + l.text());
      }
      if (!f[0].matches("\\d{2,4}") || !(f[1].equals("V") || f[1].equals("N"))) {
        throw l.error("expected a CAMEO code and V or N: " + l.text());
      }
      List<String> words = new ArrayList<>(Arrays.asList(f[2].strip().split("\\s+")));
      int head = -1;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).startsWith("*")) {
          if (head >= 0) {
            throw l.error("two head words: " + f[2]);
          }
          head = i;
          words.set(i, words.get(i).substring(1));
        }
        words.set(i, words.get(i).toLowerCase(Locale.ROOT));
      }
      if (head < 0) {
        throw l.error("no head word marked with '*': " + f[2]);
      }
      if (!seen.add(f[1] + " " + String.join(" ", words) + " " + head)) {
        throw l.error("pattern listed twice: " + f[2]);
      }
      List<String> targets =
          f[3].strip().equals("-") ? List.of() : List.of(f[3].strip().split(","));
      entries.add(
          new Entry(f[0], List.copyOf(words), head, f[1].equals("N"), targets, where, plover));
    }
    return new TriggerLexicon(entries);
  }
}
