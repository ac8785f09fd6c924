package org.annals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.annals.ingest.InputItem;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Issue 18: an article over a budget fails alone, with the budget named; the next one runs. */
class BudgetsTest {
  private static final Budgets SMALL = new Budgets(20, 10, 5, Duration.ofMillis(300));

  private static InputItem text(String source, String text) {
    return new InputItem(
        source, InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8), SourceHints.NONE, null);
  }

  /** A stage that stands for one that misbehaves on some articles. */
  private record Misbehaving(Runnable onBad) implements Stage {
    @Override
    public String name() {
      return "misbehaving";
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
      if (doc.clean().text().contains("bad")) {
        onBad.run();
      }
      return doc;
    }
  }

  private static Pipeline pipeline(Runnable onBad) {
    return Pipeline.of(
            new org.annals.clean.Cleaner(), new BudgetCheck(SMALL), new Misbehaving(onBad))
        .withWallTime(SMALL.wallTime());
  }

  @Test
  void aTokenOverTheBudgetFailsNamingTheBudget() {
    ArticleOutcome o = pipeline(() -> {}).process(text("t.txt", "x".repeat(21) + " ok."));
    assertThat(o.ok()).isFalse();
    assertThat(o.raw()).isNotNull(); // stored as failed, not lost
    assertThat(o.error())
        .isEqualTo(
            "over the token length budget: a token of 21 characters (limit 20; raise it with"
                + " --max-token-chars)");
  }

  @Test
  void farTooManySentencesFailBeforeTheLanguageLayer() {
    ArticleOutcome o = pipeline(() -> {}).process(text("s.txt", "It ended. ".repeat(11)));
    assertThat(o.error()).startsWith("over the sentence count budget: about 11 sentences");
  }

  @Test
  void aFarTooLongSentenceFailsBeforeTheLanguageLayer() {
    ArticleOutcome o = pipeline(() -> {}).process(text("l.txt", "word ".repeat(21)));
    assertThat(o.error()).startsWith("over the sentence length budget: a sentence of about 21");
  }

  @Test
  void sentencesAreEstimatedByTheirEndsAndBlankLines() {
    assertThat(BudgetCheck.estimateSentences("One two. Three!\n\nFour five six\n\nSeven"))
        .containsExactly(4, 3);
  }

  @Test
  void anArticleOverItsWallTimeIsStoppedAndTheNextOneRuns() {
    Pipeline p =
        pipeline(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
              }
              throw new IllegalStateException("interrupted");
            });
    long t0 = System.nanoTime();
    ArticleOutcome slow = p.process(text("slow.txt", "A bad one."));
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    assertThat(slow.error())
        .startsWith("over the wall time budget: more than 0.3 s, stopped in misbehaving");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(p.process(text("next.txt", "A good one.")).ok()).isTrue();
  }

  @Test
  void outOfMemoryInAStageFailsThatArticleOnly() {
    Pipeline p =
        pipeline(
            () -> {
              throw new OutOfMemoryError("Java heap space");
            });
    ArticleOutcome o = p.process(text("big.txt", "A bad one."));
    assertThat(o.error()).startsWith("misbehaving: out of memory");
    assertThat(p.process(text("next.txt", "A good one.")).ok()).isTrue();
  }

  @Test
  void budgetsMustBePositive() {
    assertThatThrownBy(() -> new Budgets(0, 1, 1, Duration.ofSeconds(1)))
        .hasMessageContaining("token chars 0");
  }
}
