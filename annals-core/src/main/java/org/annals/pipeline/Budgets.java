package org.annals.pipeline;

import java.time.Duration;

/**
 * What one article may cost: its longest token (characters), longest sentence (tokens), number of
 * sentences, and wall time. The defaults are far above real news (its longest tokens are URLs of a
 * few hundred characters, its longest sentences a few hundred tokens, its longest articles a few
 * thousand sentences) and far below what exhausts the language layer's memory. Together with the
 * largest input ({@code --max-bytes}) they bound the memory an article can take.
 *
 * @param maxTokenChars longest run of characters without white space
 * @param maxSentenceTokens longest sentence, in tokens
 * @param maxSentences most sentences
 * @param wallTime longest time all stages together may take for one article
 */
public record Budgets(
    int maxTokenChars, int maxSentenceTokens, int maxSentences, Duration wallTime) {
  public static final Budgets DEFAULT = new Budgets(5_000, 2_000, 8_000, Duration.ofMinutes(3));

  public Budgets {
    if (maxTokenChars < 1 || maxSentenceTokens < 1 || maxSentences < 1) {
      throw new IllegalArgumentException(
          "budgets must be at least 1: token chars "
              + maxTokenChars
              + ", sentence tokens "
              + maxSentenceTokens
              + ", sentences "
              + maxSentences);
    }
    if (wallTime == null || wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("wall time budget must be positive, got " + wallTime);
    }
  }

  /** The one-line reason of a failed article: the budget, what the article needed, the option. */
  static String reason(String budget, String needed, long limit, String option) {
    return "over the "
        + budget
        + " budget: "
        + needed
        + " (limit "
        + limit
        + "; raise it with "
        + option
        + ")";
  }

  /** Thrown by a stage when an article is over a budget; the article is recorded failed. */
  public static final class Exceeded extends org.annals.InputException {
    public Exceeded(String source, String budget, String needed, long limit, String option) {
      super(source, Budgets.reason(budget, needed, limit, option));
    }
  }

  /** Token length: fails if any run of non-space characters is longer than the budget. */
  public void checkTokens(String source, String text) {
    int run = 0;
    int longest = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    if (longest > maxTokenChars) {
      throw new Exceeded(
          source,
          "token length",
          "a token of " + longest + " characters",
          maxTokenChars,
          "--max-token-chars");
    }
  }

  /**
   * Sentence count and length: exact after the text is split, or an estimate before ({@code
   * about}).
   */
  public void checkSentences(
      String source, int sentences, int longestSentenceTokens, boolean about) {
    String a = about ? "about " : "";
    if (sentences > maxSentences) {
      throw new Exceeded(
          source, "sentence count", a + sentences + " sentences", maxSentences, "--max-sentences");
    }
    if (longestSentenceTokens > maxSentenceTokens) {
      throw new Exceeded(
          source,
          "sentence length",
          "a sentence of " + a + longestSentenceTokens + (about ? " words" : " tokens"),
          maxSentenceTokens,
          "--max-sentence-tokens");
    }
  }
}
