package org.annals.server;

import java.util.ArrayList;
import java.util.List;
import org.annals.store.ArticleStore;

/**
 * One store connection per server thread (a store is not thread-safe), opened on first use and
 * closed when the server stops. SQLite's write-ahead log lets these readers see each article an
 * {@code annals ingest} commits meanwhile, without blocking it.
 */
final class Stores implements AutoCloseable {
  private final String db;
  private final List<ArticleStore> open = new ArrayList<>();
  private final ThreadLocal<ArticleStore> mine;

  Stores(String db) {
    this.db = db;
    this.mine =
        ThreadLocal.withInitial(
            () -> {
              ArticleStore s = ArticleStore.open(this.db);
              synchronized (open) {
                open.add(s);
              }
              return s;
            });
  }

  ArticleStore get() {
    return mine.get();
  }

  @Override
  public void close() {
    synchronized (open) {
      for (ArticleStore s : open) {
        try {
          s.close();
        } catch (RuntimeException e) {
          // closing at shutdown: nothing left to save
        }
      }
      open.clear();
    }
  }
}
