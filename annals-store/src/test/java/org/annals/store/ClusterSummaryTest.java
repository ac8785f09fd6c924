package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annals.store.read.ClusterRecord;
import org.annals.store.read.EventRecord;
import org.annals.store.read.Evidence;
import org.annals.store.read.Trigger;
import org.junit.jupiter.api.Test;

class ClusterSummaryTest {
  private static EventRecord mention(String article) {
    return dated(article, null, "unknown");
  }

  private static EventRecord dated(String article, String date, String precision) {
    return new EventRecord(
        "E-" + article,
        "C1",
        article,
        date,
        null,
        precision,
        "none",
        "040",
        null,
        1,
        1.0,
        null,
        null,
        null,
        List.of(),
        false,
        "asserted",
        new Evidence(0, 0, 1),
        new Trigger("met", 0, 1),
        "test",
        null);
  }

  private static ArticleFacts facts(String id, String published, String source, String url) {
    return new ArticleFacts(id, source, published, null, null, url, "2026-12-03T10:00:00Z", 10);
  }

  @Test
  void firstAndLastReportComeFromPublicationDatesOnlyIssue18() {
    ClusterRecord r =
        ClusterSummary.of(
            "C1",
            List.of(mention("a"), mention("b"), mention("c")),
            Map.of(
                "a", facts("a", "2024-07-15", "a.txt", null),
                "b", facts("b", null, "b.txt", null),
                "c", facts("c", "2023-10-24", "c.txt", null)));
    assertThat(r.firstReport()).isEqualTo("2023-10-24");
    assertThat(r.lastReport()).isEqualTo("2024-07-15");
  }

  @Test
  void noPublicationDateMeansNoReportDateIssue18() {
    ClusterRecord r =
        ClusterSummary.of(
            "C1", List.of(mention("a")), Map.of("a", facts("a", null, "a.txt", null)));
    assertThat(r.firstReport()).isNull();
    assertThat(r.lastReport()).isNull();
  }

  @Test
  void sourcesHoldOutletsNeverFilePathsIssue18() {
    ClusterRecord r =
        ClusterSummary.of(
            "C1",
            List.of(mention("a"), mention("b")),
            Map.of(
                "a", facts("a", null, "../shared/corpus/seeds/001_ed9cb7cb73f280d2.txt", null),
                "b", facts("b", null, "feed.jsonl#3", "https://www.example.org/news/1")));
    assertThat(r.sources()).isEqualTo(List.of("www.example.org"));
  }

  @Test
  void theBestDateAndTheConflictingOnesKeepTheirPrecision() {
    ClusterRecord r =
        ClusterSummary.of(
            "C1",
            List.of(dated("a", "2029-01-01", "year"), dated("b", "2029-03-01", "month")),
            Map.of(
                "a", facts("a", null, "a.txt", null),
                "b", facts("b", null, "b.txt", null)));
    assertThat(r.date()).isEqualTo("2029-01-01");
    assertThat(r.datePrecision()).isEqualTo("year");
    assertThat(r.conflictingDates()).containsExactly("2029-03-01");
    assertThat(r.conflictingPrecisions()).containsExactly("month");
  }
}
