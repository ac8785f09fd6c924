package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.Shared;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The published Phoenix folder (issue 14): {@code CAMEO.2.0.txt} becomes trigger patterns, what it
 * converts and skips is counted, each line it cannot read is one warning naming file and line, and
 * the files Annals does not use are named in a note.
 */
class PhoenixVerbPatternsTest {
  @Test
  void convertsThePublishedVerbDictionary() {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
    loader.addDirectory(Shared.path("reference/phoenix-dictionaries"));
    KnowledgeBase kb = loader.build();
    VerbPatternTriggers.Result r = VerbPatternTriggers.of(kb);
    System.out.println(r.summary());
    assertThat(r.patterns()).isEqualTo(4665);
    assertThat(r.converted()).isEqualTo(4103);
    assertThat(r.skipped()).containsEntry("pattern: words before the verb", 287);
    assertThat(r.bareVerbs()).isEqualTo(1009);
    assertThat(r.skipped())
        .containsEntry("verb: a verb of saying (010): quotes, not events, stand for it", 106);
    assertThat(loader.warnings().stream().filter(w -> w.contains("CAMEO.2.0.txt")))
        .extracting(
            w -> w.replaceAll("^.*phoenix-dictionaries/(CAMEO\\.2\\.0\\.txt:\\d+): .*$", "$1"))
        .containsExactly("CAMEO.2.0.txt:2374", "CAMEO.2.0.txt:5787", "CAMEO.2.0.txt:7606");
    assertThat(loader.notes())
        .anySatisfy(n -> assertThat(n).contains("Phoenix.IssueCoding.txt: ").contains("not used"));
    assertThat(kb.discards()).hasSize(506);
  }
}
