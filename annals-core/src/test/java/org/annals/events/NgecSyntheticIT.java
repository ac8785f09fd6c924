package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.annals.Shared;
import org.annals.ingest.InputItem;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;

/**
 * Event types across whole stories, on the NGEC synthetic stories ({@code devsets/ngec-synthetic},
 * issue 14). Each story carries the PLOVER type its headline asked for (a pseudo-label), so the
 * stories are measured as a population: <em>type recall</em>, some coded event of the story has the
 * label's PLOVER type (2021 crosswalk, {@code cameo.tsv}); <em>top-1</em>, the most frequent coded
 * type is the label.
 *
 * <p>The stories are split by headline (the CRC32 of its text, even: "tune", odd: "held-out"), so
 * no story of a held-out headline was read while choosing rules. {@code -Dannals.ngec.perTitle=N}
 * takes the first N stories of each headline (default 1: 254 stories, about a minute). Errors go to
 * {@code target/ngec-errors.txt}. {@code -Dannals.devset.kb=DIR} adds a {@code --kb} directory
 * ({@link DevsetKnowledgeBase}).
 */
class NgecSyntheticIT {
  private static final int PER_TITLE = Integer.getInteger("annals.ngec.perTitle", 1);

  /** {@code -Dannals.ngec.half=tune} measures one half only ("tune" or "held-out"). */
  private static final String HALF = System.getProperty("annals.ngec.half", "");

  @Test
  void measuresTypeRecallAndTopOne() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> taken = new HashMap<>();
    List<JsonNode> stories = new ArrayList<>();
    for (String line : Files.readAllLines(Shared.path("devsets/ngec-synthetic/stories.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode s = json.readTree(line);
      String title = s.path("title").asText();
      if ((HALF.isEmpty() || HALF.equals(half(title)))
          && taken.merge(title, 1, Integer::sum) <= PER_TITLE) {
        stories.add(s);
      }
    }
    Pipeline pipeline = StandardPipeline.full(DevsetKnowledgeBase.load());
    CameoCodes codes = CameoCodes.standard();
    Map<String, Score> halves = new LinkedHashMap<>();
    halves.put("tune", new Score());
    halves.put("held-out", new Score());
    List<String> errors = new ArrayList<>();
    for (JsonNode s : stories) {
      String label = s.path("label").asText();
      String id = s.path("id").asText();
      InputItem in =
          new InputItem(
              id,
              InputFormat.TEXT,
              s.path("text").asText().getBytes(StandardCharsets.UTF_8),
              new SourceHints(id, null, null, "2023-10-19", null),
              null);
      ArticleOutcome o = pipeline.process(in);
      assertThat(o.ok()).as(o.error()).isTrue();
      Map<String, Integer> types = new TreeMap<>();
      for (Event e : o.doc().events()) {
        String t = codes.of(e).ploverType();
        if (t != null) {
          types.merge(t, 1, Integer::sum);
        }
      }
      String top =
          types.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      String half = half(s.path("title").asText());
      halves.get(half).add(label, types.containsKey(label), label.equals(top));
      if (!label.equals(top)) {
        errors.add(half + "\t" + id + "\t" + label + "\tfound=" + types + "\t" + s.path("title"));
      }
    }
    halves.forEach((name, score) -> score.print(name));
    Path out = Path.of("target", "ngec-errors.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, errors);
    if (!HALF.equals("tune")) {
      assertThat(halves.get("held-out").recall()).as("held-out type recall").isGreaterThan(GUARD);
    }
  }

  /** A floor under the measured held-out recall, so that a change that loses ground fails. */
  private static final double GUARD = 0.45;

  static String half(String title) {
    CRC32 crc = new CRC32();
    crc.update(title.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? "tune" : "held-out";
  }

  /** Counts of one half, overall and per label. */
  private static final class Score {
    int n;
    int recall;
    int top;
    final Map<String, int[]> perLabel = new TreeMap<>();

    void add(String label, boolean found, boolean isTop) {
      n++;
      recall += found ? 1 : 0;
      top += isTop ? 1 : 0;
      int[] c = perLabel.computeIfAbsent(label, k -> new int[3]);
      c[0]++;
      c[1] += found ? 1 : 0;
      c[2] += isTop ? 1 : 0;
    }

    double recall() {
      return n == 0 ? 0 : recall / (double) n;
    }

    void print(String name) {
      System.out.printf(
          "NGEC synthetic, %s (%d stories): type recall %.3f (%d), top-1 %.3f (%d)%n",
          name, n, recall(), recall, n == 0 ? 0 : top / (double) n, top);
      perLabel.forEach(
          (k, v) ->
              System.out.printf("  %-10s recall %d/%d, top-1 %d/%d%n", k, v[1], v[0], v[2], v[0]));
    }
  }
}
