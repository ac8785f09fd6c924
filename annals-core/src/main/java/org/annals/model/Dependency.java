package org.annals.model;

/**
 * One edge of a sentence's dependency graph (Universal Dependencies, enhanced++: relations carry
 * their preposition, as in {@code obl:with}, and conjuncts share their heads' relations).
 *
 * @param governor document-wide token index of the head, or -1 for the root
 * @param dependent document-wide token index of the dependent
 * @param relation the relation name, e.g. {@code nsubj}, {@code obl:agent}, {@code nmod:with}
 */
public record Dependency(int governor, int dependent, String relation) {
  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String base() {
    int c = relation.indexOf(':');
    return c < 0 ? relation : relation.substring(0, c);
  }

  /** The subtype after the colon ({@code with} for {@code obl:with}), or "" when none. */
  public String subtype() {
    int c = relation.indexOf(':');
    return c < 0 ? "" : relation.substring(c + 1);
  }
}
