package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.Shared;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.KnowledgeBaseLoader;
import org.annals.ingest.InputItem;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full pipeline with the published Phoenix folder as {@code --kb} (issue 14): a sentence only a
 * converted PETRARCH pattern codes names its line as the rule, and a story-level discard phrase
 * silences the article.
 */
class PhoenixVerbPatternsIT {
  private static Pipeline withPhoenix;
  private static Pipeline bundled;

  @BeforeAll
  static void assemble() {
    KnowledgeBase kb =
        new KnowledgeBaseLoader()
            .addBundled()
            .addDirectory(Shared.path("reference/phoenix-dictionaries"))
            .build();
    withPhoenix = StandardPipeline.full(kb);
    bundled = StandardPipeline.full(KnowledgeBaseLoader.bundled());
  }

  private static List<Event> events(Pipeline p, String text) {
    InputItem in =
        new InputItem(
            "t",
            InputFormat.TEXT,
            text.getBytes(StandardCharsets.UTF_8),
            new SourceHints("t", null, null, "2000-01-01", null),
            null);
    ArticleOutcome o = p.process(in);
    assertThat(o.ok()).as(o.error()).isTrue();
    return o.doc().events();
  }

  @Test
  void aSentenceOnlyAPetrarchPatternCodesNamesItsLine() {
    String text = "Egyptian police interrogated the Israeli ambassador in Cairo on Monday.";
    assertThat(events(bundled, text)).isEmpty();
    // CAMEO.2.0.txt:918 is "INTERROGATE [090]" of the ASK block
    assertThat(events(withPhoenix, text))
        .anySatisfy(
            e -> {
              assertThat(e.cameo()).isEqualTo("090");
              assertThat(e.rule()).isEqualTo("CAMEO.2.0.txt:918");
              assertThat(e.target().country()).isEqualTo("ISR");
            });
  }

  @Test
  void aStoryLevelDiscardPhraseSilencesTheArticle() {
    String text = "The FIFA president met the Qatari emir in Doha on Monday.";
    assertThat(events(bundled, text)).isNotEmpty();
    assertThat(events(withPhoenix, text)).isEmpty();
  }
}
