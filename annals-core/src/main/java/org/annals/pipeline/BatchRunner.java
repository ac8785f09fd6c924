package org.annals.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.annals.AnnalsException;
import org.annals.InputException;
import org.annals.ingest.InputItem;
import org.annals.ingest.InputWalker;
import org.annals.model.RawArticle;

/**
 * Runs a pipeline over many inputs on several threads while handing every result to one consumer on
 * the calling thread (so a store needs no locking). Inputs whose raw bytes are already known, or
 * seen earlier in the same run, are not processed again but reported as unchanged. Memory stays
 * bounded: at most a few inputs per thread are in flight. One run at a time per instance.
 */
public final class BatchRunner {
  /** One input's result; {@code unchanged} when it was skipped as already known. */
  public record Result(ArticleOutcome outcome, boolean unchanged) {}

  /** An article a worker has been on for a while, for progress reports. */
  public record Working(String source, long seconds) {}

  private final Pipeline pipeline;
  private final int threads;
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private Consumer<Working> onSlow = w -> {};
  private long slowAfterNanos = TimeUnit.SECONDS.toNanos(30);

  public BatchRunner(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /**
   * While the calling thread waits, it reports (about every {@code seconds}) each article that has
   * been worked on for more than that long.
   */
  public BatchRunner onSlowArticle(long seconds, Consumer<Working> listener) {
    this.slowAfterNanos = TimeUnit.SECONDS.toNanos(seconds);
    this.onSlow = listener;
    return this;
  }

  /**
   * Processes every input under {@code paths}.
   *
   * @param known ids of articles that need no work (already stored); checked by hash before
   *     cleaning. Duplicates within the run are skipped too when {@code dedupe} is set.
   * @param sink receives each result on the calling thread
   * @return the walker, for its count of skipped files
   */
  public InputWalker run(
      List<String> paths,
      InputWalker walker,
      Predicate<String> known,
      boolean dedupe,
      Consumer<Result> sink) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "annals-worker");
              t.setDaemon(true);
              return t;
            });
    Semaphore inFlight = new Semaphore(threads * 4);
    LinkedBlockingQueue<Object> done = new LinkedBlockingQueue<>();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    int[] submitted = {0};
    delivered = 0;
    try {
      walker.walk(
          paths,
          item -> {
            drain(done, sink);
            while (!tryAcquire(inFlight)) {
              drain(done, sink);
              reportSlow();
            }
            submitted[0]++;
            pool.execute(
                () -> {
                  String key = item.source() + "\u0000" + System.identityHashCode(item);
                  started.put(key, System.nanoTime());
                  try {
                    done.add(process(item, known, dedupe ? seen : null));
                  } catch (OutOfMemoryError e) {
                    done.add(outOfMemory(item));
                  } catch (Throwable t) {
                    done.add(t);
                  } finally {
                    started.remove(key);
                    inFlight.release();
                  }
                });
          });
      while (delivered < submitted[0]) {
        take(done, sink);
      }
    } finally {
      pool.shutdownNow();
    }
    return walker;
  }

  private int delivered;
  private long lastReport = System.nanoTime();

  private static boolean tryAcquire(Semaphore s) {
    try {
      return s.tryAcquire(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted", e);
    }
  }

  /** Out of memory outside the stages (reading): this input fails, the run goes on. */
  private static Result outOfMemory(InputItem item) {
    return new Result(
        new ArticleOutcome(
            item.source(), null, null, "out of memory while reading the input", List.of()),
        false);
  }

  private void reportSlow() {
    long now = System.nanoTime();
    if (now - lastReport < slowAfterNanos) {
      return;
    }
    lastReport = now;
    started.forEach(
        (key, t0) -> {
          if (now - t0 > slowAfterNanos) {
            onSlow.accept(
                new Working(
                    key.substring(0, key.indexOf('\u0000')),
                    TimeUnit.NANOSECONDS.toSeconds(now - t0)));
          }
        });
  }

  private void drain(LinkedBlockingQueue<Object> done, Consumer<Result> sink) {
    Object o;
    while ((o = done.poll()) != null) {
      deliver(o, sink);
    }
  }

  private void take(LinkedBlockingQueue<Object> done, Consumer<Result> sink) {
    try {
      long waited = 0;
      Object o;
      while ((o = done.poll(1, TimeUnit.SECONDS)) == null) {
        reportSlow();
        if (++waited > 3600) {
          throw new AnnalsException("a worker did not answer within an hour");
        }
      }
      deliver(o, sink);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted", e);
    }
  }

  private void deliver(Object o, Consumer<Result> sink) {
    delivered++;
    if (o instanceof Error e) {
      throw e; // out of memory and the like: fatal for the run
    }
    if (o instanceof Throwable t) {
      throw new AnnalsException("unexpected failure in a worker: " + t, t);
    }
    sink.accept((Result) o);
  }

  private Result process(InputItem item, Predicate<String> known, Set<String> seen) {
    if (item.isFailure()) {
      return new Result(pipeline.process(item), false);
    }
    RawArticle raw;
    try {
      raw = pipeline.read(item);
    } catch (InputException e) {
      return new Result(pipeline.process(item), false);
    }
    if (known.test(raw.id()) || seen != null && !seen.add(raw.id())) {
      return new Result(new ArticleOutcome(raw.source(), raw, null, null, List.of()), true);
    }
    return new Result(pipeline.process(raw), false);
  }
}
