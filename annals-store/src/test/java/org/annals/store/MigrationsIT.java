package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Flyway brings every store up to date: new ones, pre-Flyway ones, several openers at once. */
class MigrationsIT {
  @TempDir Path dir;

  private static final List<String> ALL = SchemaHistory.VERSIONS;

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void aNewStoreGetsEveryMigrationOnceWithChecksums(StoreBackend backend) {
    try (StoreBackend.TestDb db = backend.fresh(dir)) {
      ArticleStore.open(db.url()).close();
      ArticleStore.open(db.url()).close();
      assertThat(SchemaHistory.applied(db.url())).isEqualTo(ALL);
      assertThat(
              SchemaHistory.strings(
                  db.url(), "SELECT COUNT(*) FROM flyway_schema_history WHERE checksum IS NULL"))
          .containsExactly("0");
    }
  }

  @Test
  void aStoreMadeBeforeFlywayOpensWithItsDataAndIsBaselined() {
    String db = dir.resolve("old.db").toString();
    SchemaHistory.legacySqliteStore(db, SchemaHistory.LAST);
    StoreBackend.execute(
        ArticleStore.jdbcUrl(db),
        "INSERT INTO articles (id, sha256, source, format, raw, raw_size, folded_chars, status,"
            + " ingested_at) VALUES ('0123456789abcdef', '"
            + "0".repeat(64)
            + "', 'old.txt', 'txt', X'41', 1, 0, 'ok', '2026-11-01T00:00:00Z')");
    try (ArticleStore store = ArticleStore.open(db)) {
      assertThat(store.counts()).containsEntry("ok", 1);
      assertThat(store.articles(null)).extracting(StoredArticle::source).containsExactly("old.txt");
    }
    ArticleStore.open(db).close();
    assertThat(SchemaHistory.applied(db))
        .containsExactly(SchemaHistory.versionsFrom(SchemaHistory.LAST).get(0));
    assertThat(SchemaHistory.types(db)).containsExactly("BASELINE");
    assertThat(SchemaHistory.strings(db, "SELECT MAX(version) FROM schema_version"))
        .containsExactly(String.valueOf(SchemaHistory.LAST));
  }

  @Test
  void aStoreMadeBeforeFlywayAtAnOlderVersionGetsOnlyTheLaterMigrations() {
    String db = dir.resolve("v4.db").toString();
    SchemaHistory.legacySqliteStore(db, 4);
    ArticleStore.open(db).close();
    assertThat(SchemaHistory.applied(db)).isEqualTo(SchemaHistory.versionsFrom(4));
    List<String> types = new ArrayList<>(List.of("BASELINE"));
    types.addAll(Collections.nCopies(SchemaHistory.VERSIONS.size() - 4, "SQL"));
    assertThat(SchemaHistory.types(db)).isEqualTo(types);
    // V005's columns and V006's index are there
    assertThat(SchemaHistory.strings(db, "SELECT COUNT(link_with) FROM events"))
        .containsExactly("0");
    assertThat(
            SchemaHistory.strings(
                db,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'events_order'"))
        .containsExactly("events_order");
  }

  @Test
  void aStoreOfANewerAnnalsBeforeFlywayIsRefused() {
    String db = dir.resolve("newer.db").toString();
    SchemaHistory.legacySqliteStore(db, 6);
    StoreBackend.execute(
        ArticleStore.jdbcUrl(db),
        // a version past every migration this Annals has (V009 exists since issue 19)
        "INSERT INTO schema_version VALUES (99, 'V099__x.sql', '2026-11-01T00:00:00Z')");
    assertThatThrownBy(() -> ArticleStore.open(db))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("use a newer Annals");
  }

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void aStoreMigratedByANewerAnnalsIsRefused(StoreBackend backend) {
    try (StoreBackend.TestDb db = backend.fresh(dir)) {
      ArticleStore.open(db.url()).close();
      StoreBackend.execute(
          ArticleStore.jdbcUrl(db.url()),
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) VALUES (99, '"
              + (SchemaHistory.LAST + 1)
              + "', 'future', 'SQL', 'V999__future.sql', 1, 'test', 0, TRUE)");
      assertThatThrownBy(() -> ArticleStore.open(db.url()))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("schema version " + (SchemaHistory.LAST + 1))
          .hasMessageContaining("use a newer Annals");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreBackend.class)
  void severalProcessesOpeningANewStoreAtOnceMigrateItOnce(StoreBackend backend) throws Exception {
    try (StoreBackend.TestDb db = backend.fresh(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> opens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          opens.add(
              pool.submit(
                  (Callable<Void>)
                      () -> {
                        ArticleStore.open(db.url()).close();
                        return null;
                      }));
        }
        for (Future<?> f : opens) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(SchemaHistory.applied(db.url())).isEqualTo(ALL);
    }
  }

  @Test
  void migratingANewStoreLogsNothingBelowWarning() {
    List<java.util.logging.LogRecord> seen = new ArrayList<>();
    java.util.logging.Handler handler =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            seen.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger flyway = java.util.logging.Logger.getLogger("org.flywaydb");
    flyway.addHandler(handler);
    try {
      ArticleStore.open(dir.resolve("quiet.db").toString()).close();
    } finally {
      flyway.removeHandler(handler);
    }
    assertThat(SchemaHistory.applied(dir.resolve("quiet.db").toString())).isEqualTo(ALL);
    assertThat(seen).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
  }

  @Test
  void aPasswordInTheUrlIsNotShownInErrors() {
    assertThatThrownBy(
            () -> ArticleStore.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=s3cret"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("s3cret");
  }
}
