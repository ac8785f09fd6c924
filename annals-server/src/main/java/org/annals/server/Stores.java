package org.annals.server;

import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.annals.store.ArticleStore;

/**
 * A bounded set of store connections shared by the server's threads (a store is not thread-safe): a
 * request borrows one for its whole handling and gives it back. A few connections kept warm (their
 * page caches, their counts and names of actors, the articles of the actors asked for) answer
 * faster than one per server thread, each cold and each holding its own caches. Opened on first
 * use, closed when the server stops. SQLite's write-ahead log lets these readers see each article
 * an {@code annals ingest} commits meanwhile, without blocking it.
 */
final class Stores implements AutoCloseable {
  /** How long a request waits for a connection before it is answered 503. */
  private static final long WAIT_SECONDS = 30;

  private final String db;
  private final int size;
  private final BlockingQueue<ArticleStore> idle;
  private final List<ArticleStore> open = new ArrayList<>();
  private final ThreadLocal<ArticleStore> borrowed = new ThreadLocal<>();

  /**
   * As many connections as four per core, at least eight: enough that requests are not queued for
   * one while the machine's cores are shared with other work (a process with fewer runnable threads
   * gets less of them), few enough that each stays warm.
   */
  Stores(String db) {
    this(db, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
  }

  Stores(String db, int size) {
    this.db = db;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /** The store of the request this thread is handling. */
  ArticleStore get() {
    ArticleStore s = borrowed.get();
    if (s == null) {
      throw new IllegalStateException("no store borrowed: a route must be wrapped by borrowing()");
    }
    return s;
  }

  /** The handler, run with a store borrowed for it ({@link #get}) and given back after. */
  Handler borrowing(Handler h) {
    return ctx -> {
      ArticleStore s = take();
      borrowed.set(s);
      try {
        h.handle(ctx);
      } finally {
        borrowed.remove();
        idle.offer(s);
      }
    };
  }

  private ArticleStore take() throws InterruptedException {
    ArticleStore s = idle.poll();
    if (s != null) {
      return s;
    }
    synchronized (open) {
      if (open.size() < size) {
        s = ArticleStore.open(db);
        open.add(s);
        return s;
      }
    }
    s = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    if (s == null) {
      throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "the store is busy: try again");
    }
    return s;
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
