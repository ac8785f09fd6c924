package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSummaryTest {
  private static Map<String, Object> mention(String article) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", "E-" + article);
    m.put("cameo", "040");
    m.put("article", article);
    m.put("reported_by", List.of());
    return m;
  }

  private static ArticleFacts facts(String id, String published, String source, String url) {
    return new ArticleFacts(id, source, published, null, null, url, "2026-12-03T10:00:00Z", 10);
  }

  @Test
  void firstAndLastReportComeFromPublicationDatesOnlyIssue18() {
    Map<String, Object> r =
        ClusterSummary.of(
            "C1",
            List.of(mention("a"), mention("b"), mention("c")),
            Map.of(
                "a", facts("a", "2024-07-15", "a.txt", null),
                "b", facts("b", null, "b.txt", null),
                "c", facts("c", "2023-10-24", "c.txt", null)));
    assertThat(r.get("first_report")).isEqualTo("2023-10-24");
    assertThat(r.get("last_report")).isEqualTo("2024-07-15");
  }

  @Test
  void noPublicationDateMeansNoReportDateIssue18() {
    Map<String, Object> r =
        ClusterSummary.of(
            "C1", List.of(mention("a")), Map.of("a", facts("a", null, "a.txt", null)));
    assertThat(r.get("first_report")).isNull();
    assertThat(r.get("last_report")).isNull();
  }

  @Test
  void sourcesHoldOutletsNeverFilePathsIssue18() {
    Map<String, Object> r =
        ClusterSummary.of(
            "C1",
            List.of(mention("a"), mention("b")),
            Map.of(
                "a", facts("a", null, "../shared/corpus/seeds/001_ed9cb7cb73f280d2.txt", null),
                "b", facts("b", null, "feed.jsonl#3", "https://www.example.org/news/1")));
    assertThat(r.get("sources")).isEqualTo(List.of("www.example.org"));
  }
}
