package org.annals.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Annotations;
import org.annals.model.EntityMention;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * The roles an article's own words give a person: a title before the name ("Hezbollah chief X",
 * "Japan's Prime Minister X", "Taoiseach X … of Ireland"), an apposition after it ("X, head of
 * Hamas' political bureau", "X, the Japanese prime minister"). Each role is dated to the article's
 * day, of the country or organisation the words name, with the sector of that organisation or of
 * the title's words, and names its words' offsets as provenance. Thread-safe.
 */
final class TextRoles {
  private final KnowledgeBase kb;

  TextRoles(KnowledgeBase kb) {
    this.kb = kb;
  }

  private static final Set<String> PRE_TITLE_POS =
      Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH");
  private static final Set<String> CONNECTORS =
      Set.of("of", "the", "for", "'s", "’s", "’", "'", "-");

  /** Lower-case nouns that may stand in a title besides the title words themselves. */
  private static final Set<String> TITLE_NOUNS =
      Set.of("bureau", "office", "affairs", "council", "ministry", "state", "elect", "designate");

  private static final Pattern APPOSITION =
      Pattern.compile(
          "^,\\s+(?:(?:a|an|the)\\s+)?([^,.;:“”\"]{3,90}?)(?=,|\\.|;|:|\\s+(?:said|told|says|has|had|was|is)\\b|$)");

  static boolean isTitlePhrase(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (TitleWords.isTitleWord(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Titles before the name ("Hezbollah chief X") and in an apposition after it ("X, head of …").
   */
  void titles(
      String text,
      Annotations a,
      EntityMention m,
      Map<Span, String> linked,
      List<Role> roles,
      String articleId,
      java.time.LocalDate date) {
    List<Token> tokens = a.tokens();
    int first = a.sentences().get(m.sentence()).firstToken();
    int i = m.firstToken() - 1;
    while (i >= first) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean lowerNoun = t.pos().startsWith("NN") && Character.isLowerCase(t.text().charAt(0));
      // a lower-case noun right before a title word belongs to it: "fisheries minister"
      boolean beforeTitle =
          i + 1 < m.firstToken()
              && TitleWords.isTitleWord(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
      boolean titleish =
          !lowerNoun || TitleWords.isTitleWord(w) || TITLE_NOUNS.contains(w) || beforeTitle;
      if (PRE_TITLE_POS.contains(t.pos())
              && titleish
              && !t.ner().equals("PERSON")
              && m.firstToken() - i <= 8
          || CONNECTORS.contains(w) && i < m.firstToken() - 1) {
        i--;
      } else {
        break;
      }
    }
    int start = i + 1;
    while (start < m.firstToken()
        && CONNECTORS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      start++;
    }
    if (start < m.firstToken()) {
      Span pre =
          new Span(tokens.get(start).span().start(), tokens.get(m.firstToken() - 1).span().end());
      addTitle(text, pre, ofAfter(text, m.span().end(), linked), linked, roles, articleId, date);
    }
    Matcher ap =
        APPOSITION.matcher(
            text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 200)));
    if (ap.find()) {
      int s = m.span().end() + ap.start(1);
      addTitle(text, new Span(s, s + ap.group(1).length()), null, linked, roles, articleId, date);
    }
  }

  /**
   * "Prime Minister X of Japan": the country or organisation named right after the name, which the
   * title before it belongs to; null when none follows.
   */
  private static String ofAfter(String text, int end, Map<Span, String> linked) {
    Matcher of = OF_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30));
    if (!of.lookingAt()) {
      return null;
    }
    for (Map.Entry<Span, String> e : linked.entrySet()) {
      if (e.getKey().start() == of.end()) {
        return e.getValue();
      }
    }
    return null;
  }

  private static final Pattern OF_AFTER = Pattern.compile(",?\\s+of\\s+(?:the\\s+)?");

  /**
   * Adds the title a span of text gives the person as a role dated to the article's day (the text
   * says they held it then), of the country or organisation inside it, else of {@code ofFallback}.
   */
  private void addTitle(
      String text,
      Span span,
      String ofFallback,
      Map<Span, String> linked,
      List<Role> roles,
      String articleId,
      java.time.LocalDate date) {
    String phrase = span.of(text).strip();
    if (!isTitlePhrase(phrase.replace("’s", "").replace("'s", ""))) {
      return;
    }
    String of = null;
    for (Map.Entry<Span, String> e : linked.entrySet()) {
      if (span.contains(e.getKey()) && (of == null || e.getKey().start() < span.start())) {
        of = e.getValue();
      }
    }
    if (of == null) {
      of = ofFallback;
    }
    // a role in an organisation takes its sector ("secretary general of Islamic Jihad" is REB,
    // not the MIL of the word "general"); other roles the sector of their title's words
    String ofId = of;
    String sector =
        of == null
            ? sectorOf(phrase)
            : kb.byId(ofId)
                .filter(o -> o.kind() == ActorKind.ORGANIZATION && !o.sectors().isEmpty())
                .map(o -> o.sectors().get(0))
                .orElseGet(() -> sectorOf(phrase));
    String ofFinal = of;
    if (roles.stream()
        .anyMatch(r -> r.title().equals(phrase) && java.util.Objects.equals(r.of(), ofFinal))) {
      return;
    }
    roles.add(
        new Role(
            phrase,
            of,
            sector,
            date,
            date,
            "article:" + articleId + " chars " + span.start() + "-" + span.end()));
  }

  /** The sector of the longest agent term in a phrase ("foreign minister" before "minister"). */
  private String sectorOf(String phrase) {
    String[] w = AliasKey.of(phrase).split(" ");
    for (int n = Math.min(4, w.length); n >= 1; n--) {
      for (int i = 0; i + n <= w.length; i++) {
        String s = kb.agentSector(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }
}
