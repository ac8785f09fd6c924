package org.annals.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.VerbDictionary;

/**
 * Turns the PETRARCH verb dictionaries a knowledge base carries into trigger entries of the coder,
 * beside the bundled lexicon: each verb of a block with the block's (or its own) code, and each
 * pattern of words after the verb, for every verb of its block, through {@link PatternWords}. What
 * the trigger format cannot say is skipped and counted by reason: words before the verb (PETRARCH
 * matches them in the parse's noun phrase), no code ({@code ---}, or only the paired code of the
 * other side, {@code [:173]}), sets nobody defined, and bare verbs of saying (010: "said",
 * "announced"; the quote layer attributes what is said, and the coder codes the event said); a code
 * {@code cameo.tsv} lacks is coded as its nearest ancestor there ({@link #primary}). Every entry's
 * provenance is its line ("CAMEO.2.0.txt:3215"). Stateless; the result is immutable.
 */
public final class VerbPatternTriggers {
  /**
   * What the conversion made.
   *
   * @param patterns pattern lines read; {@code converted} of them became entries
   * @param verbs verb lines read; {@code bareVerbs} of them became entries of their own
   * @param skipped pattern and verb lines left out, by reason
   * @param lexicon the entries (a pattern expands to one per verb of its block and set member)
   */
  public record Result(
      TriggerLexicon lexicon,
      int patterns,
      int converted,
      int verbs,
      int bareVerbs,
      Map<String, Integer> skipped) {
    /** The conversion in a line, for the user. */
    public String summary() {
      return "verb patterns converted to triggers: "
          + converted
          + " of "
          + patterns
          + " patterns and "
          + bareVerbs
          + " of "
          + verbs
          + " verbs, "
          + lexicon.size()
          + " trigger entries; skipped "
          + skipped;
    }
  }

  private VerbPatternTriggers() {}

  /** The triggers of every verb dictionary of {@code kb} (none: an empty lexicon). */
  public static Result of(KnowledgeBase kb) {
    return of(kb.verbDictionaries());
  }

  static Result of(List<VerbDictionary> dictionaries) {
    Map<String, TriggerLexicon.Entry> entries = new LinkedHashMap<>();
    Map<String, Integer> skipped = new TreeMap<>();
    int patterns = 0;
    int converted = 0;
    int verbs = 0;
    int bare = 0;
    for (VerbDictionary dict : dictionaries) {
      PatternWords words = new PatternWords(dict.synonymSets());
      for (VerbDictionary.Block b : dict.blocks()) {
        List<List<String>> blockVerbs = new ArrayList<>();
        for (VerbDictionary.Verb v : b.verbs()) {
          verbs++;
          List<String> w = PatternWords.verb(v.word());
          blockVerbs.add(w);
          String why = codeProblem(v.code() != null ? v.code() : b.code());
          if (why == null && (v.code() != null ? v.code() : b.code()).matches("010(:.*)?")) {
            why = "a verb of saying (010): quotes, not events, stand for it";
          }
          if (why != null) {
            skipped.merge("verb: " + why, 1, Integer::sum);
            continue;
          }
          bare++;
          String code = primary(v.code() != null ? v.code() : b.code());
          add(entries, new TriggerLexicon.Entry(code, w, 0, false, List.of("obj"), at(dict, v)));
        }
        for (VerbDictionary.Pattern p : b.patterns()) {
          patterns++;
          String why = blockVerbs.isEmpty() ? "a block without verbs" : codeProblem(p.code());
          PatternWords.Reading r = null;
          if (why == null) {
            r = words.read(p);
            why = r.problem();
          }
          if (why != null) {
            skipped.merge("pattern: " + why, 1, Integer::sum);
            continue;
          }
          converted++;
          String line = dict.file() + ":" + p.line();
          for (List<String> verb : blockVerbs) {
            for (List<String> after : r.alternatives()) {
              List<String> all = new ArrayList<>(verb);
              all.addAll(after);
              add(
                  entries,
                  new TriggerLexicon.Entry(
                      primary(p.code()), List.copyOf(all), 0, false, r.targets(), line));
            }
          }
        }
      }
    }
    return new Result(
        TriggerLexicon.of(List.copyOf(entries.values())),
        patterns,
        converted,
        verbs,
        bare,
        Map.copyOf(skipped));
  }

  private static String at(VerbDictionary d, VerbDictionary.Verb v) {
    return d.file() + ":" + v.line();
  }

  /** The first of the same words wins: earlier lines, and the bare verb before its patterns. */
  private static void add(Map<String, TriggerLexicon.Entry> out, TriggerLexicon.Entry e) {
    out.putIfAbsent(e.pattern(), e);
  }

  /** Why a code cannot be an entry's, or null: "---", only a paired code, no root we know. */
  static String codeProblem(String code) {
    if (code.equals("---")) {
      return "no code (---)";
    }
    String first = code.indexOf(':') < 0 ? code : code.substring(0, code.indexOf(':'));
    if (first.isEmpty()) {
      return "only a paired code ([:CODE])";
    }
    return primary(code) == null ? "a code of no CAMEO root" : null;
  }

  /**
   * The code an entry gets: "042:043" codes a visit (042) and the host's side (043), and the entry
   * keeps the first; a code {@code cameo.tsv} lacks ("0256") becomes its nearest ancestor there
   * ("025", else the root "02"), so that every coded event has the table's Goldstein and PLOVER
   * type. The rule's line still names the dictionary's own code.
   */
  static String primary(String code) {
    String first = code.indexOf(':') < 0 ? code : code.substring(0, code.indexOf(':'));
    for (int len = first.length(); len >= 2; len--) {
      String c = first.substring(0, len);
      if (CameoCodes.standard().get(c).isPresent()) {
        return c;
      }
    }
    return null;
  }
}
