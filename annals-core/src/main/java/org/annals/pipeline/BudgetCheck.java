package org.annals.pipeline;

import java.util.Set;

/**
 * Checks a clean text against the budgets before the language layer sees it: the longest token
 * exactly, and sentences by a cheap estimate (ends of sentences and blank lines; words between
 * them), so that an article far over a budget fails in a linear scan rather than in the tokenizer.
 * The language layer checks sentences again, exactly. Thread-safe.
 */
public final class BudgetCheck implements Stage {
  private final Budgets budgets;

  public BudgetCheck(Budgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public String name() {
    return "budget/1";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of();
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.clean().text();
    String source = doc.raw().source();
    budgets.checkTokens(source, text);
    int[] estimate = estimateSentences(text);
    // words undercount tokens and punctuation overcounts sentences: allow twice the budget here
    if (estimate[0] > 2L * budgets.maxSentences()
        || estimate[1] > 2L * budgets.maxSentenceTokens()) {
      budgets.checkSentences(source, estimate[0], estimate[1], true);
    }
    return doc;
  }

  /** About how many sentences, and how many words the longest has. */
  static int[] estimateSentences(String text) {
    int sentences = 0;
    int words = 0;
    int longest = 0;
    boolean inWord = false;
    int newlines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
      newlines = c == '\n' ? newlines + 1 : space ? newlines : 0;
      boolean end =
          (c == '.' || c == '!' || c == '?')
                  && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
              || newlines == 2;
      if (end && words > 0) {
        sentences++;
        longest = Math.max(longest, words);
        words = 0;
      }
    }
    if (words > 0) {
      sentences++;
      longest = Math.max(longest, words);
    }
    return new int[] {sentences, longest};
  }
}
