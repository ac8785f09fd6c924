package org.annals.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hostile article of the browser tests (issue 15): an article whose title, URL, outlet,
 * evidence sentences and quoted words carry script payloads, and a user's knowledge base file whose
 * person has a payload for a name and a role title. It yields events, quotes, actors and a label
 * made of markup, so every page that shows an article, an event, an actor, its framing, a timeline
 * or a network has hostile text to show.
 */
final class HostileArticle {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HostileArticle() {}

  /** Every payload sets window.__pwned (or, P5, the document's title) if it ever runs. */
  static final String P1 = "<script>window.__pwned=1</script>";

  static final String P2 = "<img src=x onerror=\"window.__pwned=2\">";
  static final String P3 = "<svg onload=\"window.__pwned=3\">";
  static final String P4 = "javascript:window.__pwned=4";

  /**
   * The same for the article's text: no quotation mark (it would end a quotation) and no full stop
   * (it would end the sentence); a bare assignment in a handler or script sets window.__pwned too.
   */
  static final String T1 = "<script>__pwned=1</script>";

  static final String T2 = "<img src=x onerror=__pwned=2>";
  static final String T3 = "<svg onload=__pwned=3>";
  static final String T4 = "javascript:__pwned=4";

  /** A person of a user's knowledge base file: its name and a role's title carry payloads. */
  static final String VANCE = "Zorlak Vance " + P2;

  static final String VANCE_ID = "p:zorlak-vance";
  static final String ROLE = "Foreign Minister " + P1;
  static final String OUTLET = P3 + " Wire";

  /** Sets the document's title if it runs. */
  static final String P5 = "<img src=x onerror=\"document.title='pwned'\">";

  static final String TITLE = "Hostile " + P1 + P2 + P5;

  /**
   * The label the article puts on the hostile-named person: markup around a word survives as a
   * label's words (a tag with an attribute does not, its spaces and '=' end the phrase), and would
   * be a u element if read as HTML. Its sentence carries {@link #T1}.
   */
  static final String LABEL = "<u>brutal</u> warlord";

  /** The sentence of {@link #LABEL}, as the framing lens's example gives it. */
  static final String LABEL_SENTENCE =
      "The " + LABEL + " Zorlak Vance stayed at home to read " + T1 + ".";

  /**
   * The hostile article: its title, URL, source (the outlet), evidence sentences and quoted words
   * carry payloads, and it yields events (a meeting, a visit dated to the year, a criticism dated
   * to the month), quotes and actors, one of them the hostile-named person of {@link #kb}, whom its
   * last sentence gives {@link #LABEL}.
   */
  static String hostileLine() throws Exception {
    String text =
        "Zorlak Vance met Emmanuel Macron in Geneva on Monday to discuss "
            + T1
            + " and "
            + T2
            + ".\n\n"
            + "\u201cWe will not accept "
            + T3
            + " threats "
            + T4
            + ",\u201d Macron said.\n\n"
            + "Macron visited Berlin in 2029 "
            + T3
            + ".\n\n"
            + "Vance criticised Israel in March 2030 over "
            + T4
            + ".\n\n"
            + LABEL_SENTENCE
            + "\n";
    return JSON.writeValueAsString(
        java.util.Map.of(
            "id", "hostile-1",
            "url", P4,
            "title", TITLE,
            "source", OUTLET,
            "published", "2031-04-07",
            "text", text));
  }

  /** A knowledge base directory with the hostile-named person. */
  static Path kb(Path dir) throws Exception {
    Path kb = Files.createDirectories(dir.resolve("kb"));
    java.util.Map<String, Object> role = new java.util.LinkedHashMap<>();
    role.put("title", ROLE);
    role.put("office", "foreign-minister");
    role.put("of", "CHE");
    role.put("sector", "GOV");
    role.put("from", "2030-01-01");
    role.put("to", null);
    role.put("ref", P4);
    java.util.Map<String, Object> person = new java.util.LinkedHashMap<>();
    person.put("id", VANCE_ID);
    person.put("kind", "person");
    person.put("name", VANCE);
    person.put("country", "CHE");
    person.put("sectors", List.of("GOV"));
    person.put("aliases", List.of("Zorlak Vance", P3));
    person.put("roles", List.of(role));
    Files.writeString(kb.resolve("hostile.jsonl"), JSON.writeValueAsString(person) + "\n");
    return kb;
  }
}
