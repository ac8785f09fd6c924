package org.annals.actors;

import java.util.List;
import java.util.Map;

/**
 * A PETRARCH verb dictionary ({@code CAMEO.2.0.txt}) as written: plain data that the knowledge base
 * carries for the event coder, which decides what of it becomes trigger patterns. Words are kept as
 * the file spells them (upper case, {@code _}-joined); read by {@link VerbDictionaryReader}.
 *
 * @param file the file's name ("CAMEO.2.0.txt"), for the provenance of what it codes
 * @param synonymSets {@code &NAME} sets with their {@code +MEMBER}s, by name without the {@code &}
 * @param transformations {@code ~} lines (PETRARCH's event transformations), counted, not kept
 */
public record VerbDictionary(
    String file, Map<String, List<String>> synonymSets, List<Block> blocks, int transformations) {
  public VerbDictionary {
    synonymSets = Map.copyOf(synonymSets);
    blocks = List.copyOf(blocks);
  }

  /** What was read, in a line: "PETRARCH verb dictionary, 397 verb blocks and 4668 patterns". */
  public String summary() {
    int patterns = blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    return "PETRARCH verb dictionary, "
        + blocks.size()
        + " verb blocks and "
        + patterns
        + " patterns for the event coder";
  }

  /**
   * One {@code --- NAME [CODE] ---} block: its verbs share its patterns.
   *
   * @param code the block's own code, for its verbs without one ("---": none)
   */
  public record Block(
      int line, String name, String code, List<Verb> verbs, List<Pattern> patterns) {
    public Block {
      verbs = List.copyOf(verbs);
      patterns = List.copyOf(patterns);
    }
  }

  /**
   * A verb of a block ("ASK", "+ASK_FOR"), its irregular forms left out (lemmas are matched).
   *
   * @param code its own code, or null for the block's
   */
  public record Verb(int line, String word, String code) {}

  /**
   * A pattern line {@code - BEFORE * AFTER [CODE]}: the elements before and after the verb's place
   * ({@code WORD}, {@code &SET}, {@code {...}}, {@code (...)}, or a marker such as {@code $ + %
   * ^}).
   *
   * @param code as written between the brackets ("020", "042:043", "---", ":173")
   */
  public record Pattern(int line, List<String> before, List<String> after, String code) {
    public Pattern {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }
}
