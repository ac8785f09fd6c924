package org.annals.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.annals.Shared;
import org.annals.model.CleanText;
import org.annals.model.InputFormat;
import org.junit.jupiter.api.Test;

/**
 * Measures boilerplate removal on ../shared/corpus/html-sample the way its README scores it (white
 * space collapsed; a snippet counts when found as a substring) and prints the numbers.
 */
class HtmlSampleScoreTest {
  @Test
  void keepsArticleSnippetsAndRemovesBoilerplateSnippets() throws Exception {
    Path dir = Shared.path("corpus/html-sample");
    JsonNode pages = new ObjectMapper().readTree(dir.resolve("evaldata-sample.json").toFile());
    int keptWith = 0;
    int allWith = 0;
    int removedWithout = 0;
    int allWithout = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext(); ) {
      JsonNode page = it.next().getValue();
      Path file = dir.resolve("html").resolve(page.get("file").asText());
      CleanText c = CleaningAssert.cleanFile(file, InputFormat.HTML);
      String text = normalise(c.text());
      for (JsonNode s : page.get("with")) {
        allWith++;
        keptWith += text.contains(normalise(s.asText())) ? 1 : 0;
      }
      for (JsonNode s : page.get("without")) {
        allWithout++;
        removedWithout += text.contains(normalise(s.asText())) ? 0 : 1;
      }
    }
    double kept = keptWith / (double) allWith;
    double removed = removedWithout / (double) allWithout;
    System.out.printf(
        "html-sample: 'with' snippets kept %d/%d = %.3f; 'without' snippets removed %d/%d = %.3f%n",
        keptWith, allWith, kept, removedWithout, allWithout, removed);
    assertThat(kept).isGreaterThanOrEqualTo(0.95);
    assertThat(removed).isGreaterThanOrEqualTo(0.90);
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
