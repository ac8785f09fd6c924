package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Span;

/**
 * Finds persons referred to by title alone ("the Iranian president-elect", "The Hamas leader", "the
 * Leader of the Islamic Revolution") and links each to the one person of the article whose role has
 * the same head (leader, chief and head count as one) and a compatible affiliation. When two
 * persons fit, the title is left unlinked: a guess would be worse than nothing.
 */
final class TitleMentions {
  private static final String CAP = "\\p{Lu}[\\p{L}’'\\-]*";

  /** Case matters for the modifiers (capitalised names), not for the head word. */
  private static final Pattern TITLE =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:("
              + CAP
              + "(?:\\s+"
              + CAP
              + ")?)\\s+)?(?:[a-z]+\\s+)?"
              + "((?i:president-elect|president|prime minister|foreign minister|minister|leader|chief|head"
              + "|secretary general|secretary-general|supreme leader|spokesman|commander))(?![\\p{L}\\-])"
              + "(?:\\s+of\\s+(?:the\\s+)?("
              + CAP
              + "(?:\\s+(?:the\\s+)?"
              + CAP
              + "){0,3}))?");

  private TitleMentions() {}

  /** A title that names a person of the article. */
  record Found(Span span, String text, String personId) {}

  static List<Found> find(
      String text, Map<String, List<Role>> rolesByPerson, KnowledgeBase kb, List<Span> names) {
    List<Found> out = new ArrayList<>();
    Matcher m = TITLE.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (names.stream()
          .anyMatch(
              n ->
                  n.start() < span.end() && span.start() < n.end()
                      || n.start() > span.end()
                          && n.start() - span.end() <= 40
                          && text.substring(span.end(), n.start()).matches("[\\p{L}’' ]*")
                      || n.end() + 2 == span.start() && text.startsWith(", ", n.end()))) {
        continue; // part of a name, a title right before one, or an apposition after one: roles
      }
      String head = headClass(m.group(2));
      String affiliation = affiliation(kb, m.group(1), m.group(3));
      String phrase = m.group().replaceFirst("^[Tt]he\\s+", "").toLowerCase(Locale.ROOT);
      String match = null;
      int count = 0;
      for (Map.Entry<String, List<Role>> e : rolesByPerson.entrySet()) {
        for (Role r : e.getValue()) {
          String title =
              r.title()
                  .toLowerCase(Locale.ROOT)
                  .replace("’s", "")
                  .replace("'s", "")
                  .replace("’", "");
          boolean sameHead =
              title.contains(m.group(2).toLowerCase(Locale.ROOT))
                  || headClass(lastTitleWord(title)).equals(head);
          boolean fits =
              affiliation == null
                  ? title.contains(phrase) || m.group(1) == null && m.group(3) == null
                  : affiliation.equals(r.of())
                      || r.of() != null
                          && kb.byId(r.of())
                              .map(a -> affiliation.equals(a.country()))
                              .orElse(false);
          if (sameHead && fits) {
            if (!e.getKey().equals(match)) {
              count++;
              match = e.getKey();
            }
            break;
          }
        }
      }
      if (count == 1) {
        out.add(new Found(span, m.group(), match));
      }
    }
    return out;
  }

  private static String headClass(String word) {
    String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "leader", "chief", "head" -> "leader";
      case "secretary-general" -> "secretary general";
      default -> w;
    };
  }

  private static String lastTitleWord(String title) {
    String[] words = title.split("[\\s]+");
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i];
      if (w.equals("leader")
          || w.equals("chief")
          || w.equals("head")
          || w.equals("president")
          || w.equals("president-elect")
          || w.equals("minister")
          || w.equals("spokesman")
          || w.equals("commander")) {
        return w;
      }
    }
    return "";
  }

  /** The country or organisation a modifier ("Iranian", "Hamas") or an "of X" names, or null. */
  private static String affiliation(KnowledgeBase kb, String modifier, String object) {
    for (String s : new String[] {modifier, object}) {
      if (s == null) {
        continue;
      }
      String clean = s.replaceAll("[’']s?$", "");
      List<Actor> found = kb.lookup(clean);
      if (found.size() == 1) {
        return found.get(0).id();
      }
    }
    return null;
  }
}
