package org.annals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.ingest.InputWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: while an article takes long, the run names it. */
class SlowArticleTest {
  @TempDir Path dir;

  private record Slow() implements Stage {
    @Override
    public String name() {
      return "slow";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public Document apply(Document doc) {
      try {
        Thread.sleep(2500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return doc;
    }
  }

  @Test
  void anArticleWorkedOnForLongIsNamedWhileTheRunWaits() throws Exception {
    Files.writeString(dir.resolve("slow.txt"), "The envoy arrived.");
    List<BatchRunner.Working> reported = new ArrayList<>();
    List<BatchRunner.Result> results = new ArrayList<>();
    new BatchRunner(Pipeline.of(new Slow()), 1)
        .onSlowArticle(1, reported::add)
        .run(List.of(dir.toString()), new InputWalker(1 << 20), id -> false, true, results::add);
    assertThat(results).hasSize(1);
    assertThat(reported)
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.source()).endsWith("slow.txt"))
        .allSatisfy(w -> assertThat(w.seconds()).isGreaterThanOrEqualTo(1));
  }
}
