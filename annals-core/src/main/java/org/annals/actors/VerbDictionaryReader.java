package org.annals.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH's verb dictionary format (see the header of {@code CAMEO.2.0.txt} and PETRARCH's
 * {@code PETRreader.read_verb_dictionary}): {@code &NAME} synonym sets of {@code +MEMBER} lines,
 * {@code --- NAME [CODE] ---} blocks of verb lines ({@code VERB {FORMS} [CODE]}) and pattern lines
 * ({@code - WORDS * WORDS [CODE] # comment}), and {@code ~} transformations. A line it cannot read
 * is left out with a warning naming file and line; it never fails the file. Stateless.
 */
public final class VerbDictionaryReader {
  private static final Pattern BLOCK = Pattern.compile("---\\s+(\\S+)\\s+\\[([^\\]]*)\\][\\s-]*");
  private static final Pattern VERB =
      Pattern.compile("(\\+?[A-Z][A-Z0-9_'-]*)\\s*(\\{[^}]*\\})?\\s*(?:\\[([^\\]]*)\\])?");
  private static final Pattern CODE = Pattern.compile("---|\\d*(:\\d*)?");

  private VerbDictionaryReader() {}

  /** Reads the lines of {@code file} ({@code where} names it in warnings). */
  public static VerbDictionary read(
      String file, String where, List<String> lines, List<String> warnings) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<VerbDictionary.Block> blocks = new ArrayList<>();
    List<String> set = null;
    Building block = null;
    int transformations = 0;
    for (int i = 0; i < lines.size(); i++) {
      int no = i + 1;
      String line = uncomment(lines.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher b = BLOCK.matcher(line);
      String problem = null;
      if (line.startsWith("~")) {
        transformations++;
      } else if (b.matches()) {
        if (block != null) {
          blocks.add(block.build());
        }
        block = new Building(no, b.group(1), b.group(2).strip());
        set = null;
      } else if (line.startsWith("&") && block == null) {
        set = sets.computeIfAbsent(line.substring(1).strip(), k -> new ArrayList<>());
      } else if (line.startsWith("+") && set != null) {
        set.add(line.substring(1).strip());
      } else if (line.startsWith("-") && block != null) {
        problem = block.addPattern(no, line.substring(1));
      } else if (block != null) {
        problem = block.addVerb(no, line);
      } else {
        problem = "neither a synonym set, a verb block nor a pattern";
      }
      if (problem != null) {
        warnings.add(where + ":" + no + ": " + problem + ": '" + line + "' (line left out)");
      }
    }
    if (block != null) {
      blocks.add(block.build());
    }
    return new VerbDictionary(file, sets, blocks, transformations);
  }

  /** A line without its {@code #} comment (or the {@code ;} comment some verb lines have). */
  private static String uncomment(String line) {
    int hash = line.indexOf('#');
    String s = hash < 0 ? line : line.substring(0, hash);
    int semi = s.indexOf(';');
    return semi < 0 ? s : s.substring(0, semi);
  }

  /** A block being read. */
  private static final class Building {
    final int line;
    final String name;
    final String code;
    final List<VerbDictionary.Verb> verbs = new ArrayList<>();
    final List<VerbDictionary.Pattern> patterns = new ArrayList<>();

    Building(int line, String name, String code) {
      this.line = line;
      this.name = name;
      this.code = code;
    }

    VerbDictionary.Block build() {
      return new VerbDictionary.Block(line, name, code, verbs, patterns);
    }

    /** Adds a verb line; returns what is wrong with it, or null. */
    String addVerb(int no, String text) {
      Matcher m = VERB.matcher(text);
      if (!m.matches()) {
        return "not a verb line (VERB {FORMS} [CODE])";
      }
      String c = m.group(3) == null ? null : m.group(3).strip();
      if (c != null && !CODE.matcher(c).matches()) {
        return "cannot read the code [" + c + "]";
      }
      verbs.add(new VerbDictionary.Verb(no, m.group(1), c));
      return null;
    }

    /** Adds a pattern line (after its '-'); returns what is wrong with it, or null. */
    String addPattern(int no, String text) {
      int open = text.lastIndexOf('[');
      int close = text.lastIndexOf(']');
      if (open < 0 || close < open || !text.substring(close + 1).isBlank()) {
        return "a pattern needs its [CODE] at the end";
      }
      String c = text.substring(open + 1, close).strip();
      if (!CODE.matcher(c).matches()) {
        return "cannot read the code [" + c + "]";
      }
      // "- *SCEPTICAL", "- SPY_*_DEAL": the verb's place glued to a word
      String body = text.substring(0, open).replaceAll("_?\\*_?", " * ");
      List<String> elements = PatternElements.split(body);
      if (elements == null) {
        return "unbalanced brackets";
      }
      int star = elements.indexOf("*");
      if (star < 0 || elements.lastIndexOf("*") != star) {
        return "a pattern needs one '*' for its verb";
      }
      patterns.add(
          new VerbDictionary.Pattern(
              no, elements.subList(0, star), elements.subList(star + 1, elements.size()), c));
      return null;
    }
  }
}
