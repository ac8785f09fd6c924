package org.annals.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.actors.ArticleActors;
import org.annals.actors.ResolvedMention;
import org.annals.actors.TitleWords;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Finds the words an article puts around each actor mention ({@link Label}) from part-of-speech
 * tags alone, so every sentence is read, parsed or not. Four shapes:
 *
 * <ul>
 *   <li>{@code np}: the noun phrase the name sits in, up to its head noun: "the Hamas terrorist
 *       movement('s)", "the brutal Israeli regime", "Iranian-backed Houthi rebels";
 *   <li>{@code prenominal}: a common-noun phrase set right before the name: "the resistance
 *       movement Hamas", "Iran's Yemeni terrorist proxy the Houthis";
 *   <li>{@code apposition}: a noun phrase after the name and a comma: "Hamas, the group that runs
 *       Gaza";
 *   <li>{@code of-phrase}: a noun whose "of"/"from" object the name is: "militants from Hamas".
 * </ul>
 *
 * A phrase whose nouns end in another person's name is that person's title ("Hamas leader Ismail
 * Haniyeh" labels Haniyeh, not Hamas). Thread-safe.
 */
public final class LabelFinder {
  private static final Set<String> NOUN = Set.of("NN", "NNS");
  private static final Set<String> NAME = Set.of("NNP", "NNPS");
  private static final Set<String> ADJ = Set.of("JJ", "JJR", "JJS", "VBN", "HYPH");
  private static final Set<String> DET = Set.of("DT", "PRP$");
  private static final Set<String> OF = Set.of("of", "from");

  /** What may follow an apposed phrase: the end of the apposition. */
  private static final Set<String> APPOSITION_END =
      Set.of(",", ".", ";", ":", "that", "which", "who", "-RRB-", "—", "–");

  /** Mentions that are a title or a suffix, not a name: they carry no label of their own. */
  private static final Set<String> NOT_A_NAME = Set.of("title", "name-suffix");

  /** Entity tags of dates, times and numbers: "UKIP last week" is no phrase of UKIP. */
  private static final Set<String> TEMPORAL =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** Longest phrase, in tokens: a longer run is a list or a tagging accident, not a label. */
  private static final int MAX_WORDS = 8;

  private final java.util.function.Predicate<String> personNoun;

  /** With the title words and the bundled lexicon's terms as the nouns that name a person. */
  public LabelFinder() {
    this(w -> false);
  }

  /**
   * @param personNoun whether a lower-case word names a person by role or kind, besides the title
   *     words and the framing lexicon's terms ("warlord", "militant": a knowledge base's agent
   *     nouns): such a noun before a person's name labels them ("the brutal warlord Vance")
   */
  public LabelFinder(java.util.function.Predicate<String> personNoun) {
    FramingTerms terms = FramingTerms.bundled();
    this.personNoun = w -> TitleWords.isTitleWord(w) || terms.hasForm(w) || personNoun.test(w);
  }

  public List<Label> find(String text, Annotations a, ArticleActors actors) {
    List<Label> out = new ArrayList<>();
    if (a == null || actors == null) {
      return out;
    }
    int[] owner = owners(a, actors);
    boolean[] headlines = new boolean[a.sentences().size()];
    for (Sentence s : a.sentences()) {
      headlines[s.index()] = headline(a, s); // once per sentence, not per mention
    }
    Set<String> persons = new java.util.HashSet<>();
    for (Actor actor : actors.actors()) {
      if (actor.kind() == ActorKind.PERSON) {
        persons.add(actor.id());
      }
    }
    for (int mi = 0; mi < actors.mentions().size(); mi++) {
      ResolvedMention m = actors.mentions().get(mi);
      if (NOT_A_NAME.contains(m.rule()) || m.sentence() >= a.sentences().size()) {
        continue;
      }
      Sentence s = a.sentences().get(m.sentence());
      int first = -1;
      int end = -1;
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Span t = a.tokens().get(i).span();
        if (t.end() > m.span().start() && t.start() < m.span().end()) {
          first = first < 0 ? i : first;
          end = i + 1;
        }
      }
      if (first < 0) {
        continue;
      }
      new Around(
              text,
              a,
              s,
              owner,
              actors.mentions(),
              persons,
              personNoun,
              headlines[m.sentence()],
              mi,
              m,
              first,
              end,
              out)
          .find();
    }
    return out;
  }

  /**
   * A sentence without a verb: a headline, whose verbs the tagger often takes for nouns ("Blair
   * backs …", "Howard attacks …"); the nouns after a name there are no phrase of it.
   */
  private static boolean headline(Annotations a, Sentence s) {
    return a.tokens(s).stream().noneMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  /** For each token, the index of the mention it belongs to, or -1. */
  private static int[] owners(Annotations a, ArticleActors actors) {
    int[] owner = new int[a.tokens().size()];
    java.util.Arrays.fill(owner, -1);
    for (int mi = 0; mi < actors.mentions().size(); mi++) {
      ResolvedMention m = actors.mentions().get(mi);
      if (m.sentence() >= a.sentences().size()) {
        continue;
      }
      // only the mention's sentence: an article of many mentions costs mentions × sentence length
      Sentence s = a.sentences().get(m.sentence());
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Span t = a.tokens().get(i).span();
        if (t.end() > m.span().start() && t.start() < m.span().end() && owner[i] < 0) {
          owner[i] = mi;
        }
      }
    }
    return owner;
  }

  /** The search around one mention of tokens {@code [first, end)}. */
  private record Around(
      String text,
      Annotations a,
      Sentence s,
      int[] owner,
      List<ResolvedMention> all,
      Set<String> persons,
      java.util.function.Predicate<String> personNoun,
      boolean headline,
      int mi,
      ResolvedMention m,
      int first,
      int end,
      List<Label> out) {

    void find() {
      if (headline) {
        return; // "Blair backs 'pre-election budget'", "Fox attacks Blair's Tory 'lies'"
      }
      int left = leftEdge(first);
      if (left < first && persons.contains(m.actorId()) && !determined() && !titleAt(first - 1)) {
        left = first; // "the most important general election Blair faced": no title of Blair's
      }
      int right = rightEdge();
      boolean modified = left < first && !(left == first - 1 && DET.contains(tok(left).pos()));
      if (modified || right > end) {
        add(left, right, "np");
      } else {
        prenominal();
      }
      apposition();
      ofPhrase(left);
    }

    private Token tok(int i) {
      return a.tokens().get(i);
    }

    private boolean in(int i) {
      return i >= s.firstToken() && i < s.endToken();
    }

    private boolean otherPerson(int i) {
      return owner[i] >= 0 && owner[i] != mi && isPerson(owner[i]);
    }

    private boolean isPerson(int mention) {
      return persons.contains(all.get(mention).actorId());
    }

    /** First token of the modifiers before the name ("the brutal", "Iran's Yemeni terrorist"). */
    private int leftEdge(int from) {
      int i = from - 1;
      int edge = from;
      while (in(i) && from - i <= MAX_WORDS && !temporal(i)) {
        Token t = tok(i);
        if (ADJ.contains(t.pos()) || NOUN.contains(t.pos()) || t.pos().equals("POS")) {
          edge = i;
        } else if (NAME.contains(t.pos()) && (owner[i] >= 0 || isPossessor(i))) {
          edge = i; // "Iran's", "Palestinian" as a name: part of the phrase
        } else {
          break;
        }
        i--;
      }
      // a phrase starts at a modifier, never at a dangling possessive marker, nor at a participle
      // that is the verb before its object ("have accused Tony Blair")
      while (edge < from
          && (tok(edge).pos().equals("POS")
              || tok(edge).pos().equals("VBN")
                  && !(in(edge - 1) && DET.contains(tok(edge - 1).pos())))) {
        edge++;
      }
      if (in(edge - 1) && DET.contains(tok(edge - 1).pos())) {
        edge--; // the phrase as written: "the Hamas terrorist movement"
      }
      return edge;
    }

    /** Whether a determiner or possessive opens the phrase of the name ("the Blair government"). */
    private boolean determined() {
      int i = first - 1;
      while (in(i) && ADJ.contains(tok(i).pos())) {
        i--;
      }
      return in(i) && (DET.contains(tok(i).pos()) || tok(i).pos().equals("POS"));
    }

    /**
     * Whether the word before a person's name is a title: a word of office ("Labour leader", "Tory
     * co-chairman"), a noun of a person's role or kind ("the brutal warlord Vance") or a
     * capitalised word ("Imam", "Foreign Minister").
     */
    private boolean titleAt(int i) {
      if (!in(i)) {
        return false;
      }
      Token t = tok(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      return NAME.contains(t.pos())
          || personNoun.test(w)
          || personNoun.test(w.substring(w.lastIndexOf('-') + 1));
    }

    private boolean temporal(int i) {
      return tok(i).ner() != null && TEMPORAL.contains(tok(i).ner());
    }

    private boolean isPossessor(int i) {
      return in(i + 1) && tok(i + 1).pos().equals("POS");
    }

    /** End of the nouns the name modifies ("terrorist movement"), or {@code end} when none. */
    private int rightEdge() {
      int lastNoun = end;
      int i = end;
      if (persons.contains(m.actorId()) && !determined()) {
        return end; // "Blair allies said": a person's name opens no phrase of its own
      }
      while (in(i) && i - end < MAX_WORDS && !temporal(i)) {
        Token t = tok(i);
        if (otherPerson(i) || owner[i] >= 0 && NAME.contains(t.pos())) {
          return end; // "Hamas leader Ismail Haniyeh": the nouns are Haniyeh's title
        }
        if (NOUN.contains(t.pos())) {
          lastNoun = i + 1;
        } else if (!ADJ.contains(t.pos()) && !NAME.contains(t.pos())) {
          break;
        }
        i++;
      }
      return lastNoun;
    }

    /** "the resistance movement Hamas", "Iran's Yemeni terrorist proxy the Houthis". */
    private void prenominal() {
      int j = first - 1;
      if (in(j) && DET.contains(tok(j).pos())) {
        j--;
      }
      if (!in(j) || !NOUN.contains(tok(j).pos())) {
        return;
      }
      if (persons.contains(m.actorId()) && !titleAt(j)) {
        return; // "the election Blair faced"
      }
      int left = leftEdge(j + 1);
      if (left <= j) {
        add(left, end, "prenominal", left, j + 1);
      }
    }

    /** "Hamas, the group that runs Gaza": a common-noun phrase after a comma. */
    private void apposition() {
      int i = end;
      if (!in(i) || !tok(i).text().equals(",")) {
        return;
      }
      int start = i + 1;
      int j = start;
      if (in(j) && DET.contains(tok(j).pos())) {
        j++;
      }
      int lastNoun = -1;
      boolean of = false;
      while (in(j) && j - start <= MAX_WORDS) {
        Token t = tok(j);
        if (NOUN.contains(t.pos()) || of && NAME.contains(t.pos())) {
          lastNoun = j + 1;
        } else if (!of && lastNoun == j && t.text().equalsIgnoreCase("of")) {
          of = true; // "head of the movement's political bureau"
          if (in(j + 1) && DET.contains(tok(j + 1).pos())) {
            j++;
          }
        } else if (!ADJ.contains(t.pos()) && !NAME.contains(t.pos()) && !t.pos().equals("POS")) {
          break;
        }
        if (otherPerson(j)) {
          return; // "Iran, President Raisi said": another name, not a description
        }
        j++;
      }
      if (lastNoun < 0 || lastNoun != j) {
        return; // no common noun, or the phrase goes on past its noun ("Hamas, militants said")
      }
      if (in(j) && !APPOSITION_END.contains(tok(j).text().toLowerCase(Locale.ROOT))) {
        return;
      }
      int from = DET.contains(tok(start).pos()) ? start + 1 : start;
      add(first, lastNoun, "apposition", from, lastNoun);
    }

    /** "militants from Hamas", "the leaders of Hamas": the name is the whole object. */
    private void ofPhrase(int left) {
      int j = left - 1;
      if (in(j) && DET.contains(tok(j).pos())) {
        j--;
      }
      if (!in(j)
          || !OF.contains(tok(j).text().toLowerCase(Locale.ROOT))
          || continues(end)
          || persons.contains(m.actorId())) {
        // "heads of the Palestinian militant organizations": not Palestine's heads; "the memory
        // of Brown", "a challenge from Howard": what is of a person is no label of theirs
        return;
      }
      int head = j - 1;
      if (!in(head) || !NOUN.contains(tok(head).pos()) || owner[head] >= 0) {
        return;
      }
      if (tok(j).text().equalsIgnoreCase("from") && !tok(head).pos().equals("NNS")) {
        return; // "militants from Hamas" are of Hamas; "a challenge from Labour" is Labour's act
      }
      int from = leftEdge(head + 1);
      add(from, end, "of-phrase", from, head + 1);
    }

    /** Whether the noun phrase goes on at token {@code i} (a noun, name or modifier). */
    private boolean continues(int i) {
      return in(i)
          && (NOUN.contains(tok(i).pos())
              || NAME.contains(tok(i).pos())
              || ADJ.contains(tok(i).pos())
              || tok(i).pos().equals("POS"));
    }

    /** Whether token {@code i} names this mention's actor (this mention or another). */
    private boolean sameActor(int i) {
      return owner[i] >= 0 && all.get(owner[i]).actorId().equals(m.actorId());
    }

    private void add(int from, int to, String rule) {
      List<Integer> words = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (!sameActor(i) && !(i == from && DET.contains(tok(i).pos()))) {
          words.add(i);
        }
      }
      emit(from, to, rule, words);
    }

    private void add(int from, int to, String rule, int labelFrom, int labelTo) {
      List<Integer> words = new ArrayList<>();
      for (int i = labelFrom; i < labelTo; i++) {
        words.add(i);
      }
      emit(from, to, rule, words);
    }

    /** A determiner, hyphen or possessive marker: never the first or last word of a label. */
    private static boolean edgeOnly(Token t) {
      return DET.contains(t.pos()) || t.pos().equals("HYPH") || t.pos().equals("POS");
    }

    /** A word that describes (a common noun, adjective or participle), not a name. */
    private static boolean describes(Token t) {
      return (NOUN.contains(t.pos()) || ADJ.contains(t.pos()) && !t.pos().equals("HYPH"))
          && t.text().codePoints().anyMatch(Character::isLetter)
          && !t.text().contains("&#");
    }

    private void emit(int from, int to, String rule, List<Integer> words) {
      while (!words.isEmpty() && edgeOnly(tok(words.get(0)))) {
        words.remove(0);
      }
      while (!words.isEmpty() && edgeOnly(tok(words.get(words.size() - 1)))) {
        words.remove(words.size() - 1);
      }
      if (words.stream().noneMatch(i -> describes(tok(i)))) {
        return; // "Yemen's Supreme Political Council": names only, no description
      }
      StringBuilder label = new StringBuilder();
      StringBuilder lemmas = new StringBuilder();
      String head = null;
      int prev = -2;
      for (int i : words) {
        Token t = tok(i);
        if (!label.isEmpty()) {
          boolean adjacent = i == prev + 1;
          String gap = adjacent ? text.substring(tok(prev).span().end(), t.span().start()) : " ";
          label.append(gap.isEmpty() ? "" : " ");
          lemmas.append(' ');
        }
        label.append(t.text());
        lemmas.append((t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT));
        if (NOUN.contains(t.pos())) {
          head = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
        }
        prev = i;
      }
      Span phrase = new Span(tok(from).span().start(), tok(to - 1).span().end());
      out.add(
          new Label(
              m.sentence(),
              s.span(),
              m.actorId(),
              m.span(),
              phrase,
              label.toString(),
              lemmas.toString(),
              head,
              rule));
    }
  }
}
