package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.annals.ConfigException;
import org.annals.ingest.InputItem;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;
import org.annals.model.Span;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleStoreIT {
  @TempDir Path dir;
  private final Pipeline pipeline = StandardPipeline.create();

  private ArticleOutcome process(String source, String text) {
    return pipeline.process(
        new InputItem(
            source,
            InputFormat.TEXT,
            text.getBytes(StandardCharsets.UTF_8),
            SourceHints.NONE,
            null));
  }

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void storesAnArticleWithItsCleanTextAndOffsetMap(StoreBackend backend) {
    String raw = "Lima (AP) - The foreign minister of Peru met his Chilean counterpart on Friday.";
    try (StoreBackend.TestDb db = backend.fresh(dir);
        ArticleStore store = ArticleStore.open(db.url())) {
      ArticleOutcome o = process("a.txt", raw);
      assertThat(store.save(o)).isEqualTo(ArticleStore.Saved.INGESTED);
      StoredArticle a = store.articles(null).get(0);
      assertThat(a.id()).isEqualTo(o.raw().id()).hasSize(16);
      assertThat(a.dateline()).isEqualTo("Lima");
      assertThat(a.agency()).isEqualTo("AP");
      assertThat(a.status()).isEqualTo("ok");
      ArticleStore.StoredText t = store.text(a.id()).orElseThrow();
      assertThat(new String(t.raw(), StandardCharsets.UTF_8)).isEqualTo(raw);
      Span back = t.map().toRaw(new Span(0, 3));
      assertThat(raw.substring(back.start(), back.end())).isEqualTo("The");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void sameBytesAgainAreUnchangedAndWriteNothing(StoreBackend backend) {
    try (StoreBackend.TestDb db = backend.fresh(dir);
        ArticleStore store = ArticleStore.open(db.url())) {
      store.save(process("a.txt", "The envoy arrived in Niamey on Monday."));
      String firstIngest = store.articles(null).get(0).ingestedAt();
      assertThat(store.save(process("copy-of-a.txt", "The envoy arrived in Niamey on Monday.")))
          .isEqualTo(ArticleStore.Saved.UNCHANGED);
      assertThat(store.articles(null))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.source()).isEqualTo("a.txt");
                assertThat(a.ingestedAt()).isEqualTo(firstIngest);
              });
    }
  }

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void aFailedArticleIsKeptAndReplacedWhenItLaterSucceeds(StoreBackend backend) {
    try (StoreBackend.TestDb db = backend.fresh(dir);
        ArticleStore store = ArticleStore.open(db.url())) {
      ArticleOutcome ok = process("x.txt", "The envoy arrived in Niamey on Monday.");
      ArticleOutcome failed =
          new ArticleOutcome("x.txt", ok.raw(), null, "clean/1: boom", List.of());
      assertThat(store.save(failed)).isEqualTo(ArticleStore.Saved.INGESTED);
      assertThat(store.save(failed)).isEqualTo(ArticleStore.Saved.UNCHANGED);
      assertThat(store.articles("failed"))
          .singleElement()
          .satisfies(a -> assertThat(a.error()).isEqualTo("clean/1: boom"));
      assertThat(store.save(ok)).isEqualTo(ArticleStore.Saved.REPAIRED);
      assertThat(store.articles(null))
          .singleElement()
          .satisfies(a -> assertThat(a.status()).isEqualTo("ok"));
    }
  }

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void reopeningAppliesNoMigrationTwice(StoreBackend backend) {
    try (StoreBackend.TestDb db = backend.fresh(dir)) {
      try (ArticleStore store = ArticleStore.open(db.url())) {
        store.save(process("a.txt", "The envoy arrived in Niamey on Monday."));
      }
      try (ArticleStore store = ArticleStore.open(db.url())) {
        assertThat(store.counts()).containsEntry("ok", 1);
      }
      assertThat(SchemaHistory.applied(db.url())).isEqualTo(SchemaHistory.VERSIONS);
    }
  }

  @Test
  void aDatabaseInAMissingFolderIsAClearError() {
    assertThatThrownBy(() -> ArticleStore.open(dir.resolve("no/such/folder/x.db").toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void anUnknownJdbcUrlIsAClearError() {
    assertThatThrownBy(() -> ArticleStore.open("jdbc:oracle:thin:@x"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unsupported database URL");
  }

  @Test
  void everyListingIsNewestFirstUndatedLastLikeTheApisPages() {
    String db = dir.resolve("order.db").toString();
    SyntheticStore.fill(db, 1, 40, 1, 10, 5);
    try (ArticleStore store = ArticleStore.open(db)) {
      store.save(process("undated.txt", "The envoy arrived in Niamey on Monday."));
      List<StoredArticle> all = store.articles(null);
      assertThat(all).hasSize(41);
      assertThat(all.get(all.size() - 1).published()).isNull();
      List<String> dates = all.subList(0, 40).stream().map(StoredArticle::published).toList();
      assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(all.stream().map(StoredArticle::id).toList())
          .isEqualTo(
              store.articles(null, null, 1000, 0).items().stream().map(StoredArticle::id).toList());
    }
  }
}
