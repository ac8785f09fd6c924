package org.annals.pipeline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.annals.ConfigException;
import org.annals.InputException;
import org.annals.ingest.InputItem;
import org.annals.ingest.TextDecoder;
import org.annals.model.RawArticle;

/**
 * Turns inputs into processed documents by running its stages in order. Assembled once, then used
 * from any number of threads. A failure in one document becomes a failed {@link ArticleOutcome}: an
 * exception, a stack overflow, running out of memory, or going over the article's wall time (its
 * thread is interrupted; stages stop at their next check).
 */
public final class Pipeline {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "annals-watchdog");
            t.setDaemon(true);
            return t;
          });
  private final List<Stage> stages;
  private final Duration wallTime;
  private final TextDecoder decoder = new TextDecoder();

  private Pipeline(List<Stage> stages, Duration wallTime) {
    this.stages = List.copyOf(stages);
    this.wallTime = wallTime;
  }

  /** The same stages with another wall time per article. */
  public Pipeline withWallTime(Duration wallTime) {
    return new Pipeline(stages, wallTime);
  }

  /** Loads what the stages load lazily (models), so that no article's wall time pays for it. */
  public void warmUp() {
    stages.forEach(Stage::warmUp);
  }

  /** The stages' names, in order, for provenance. */
  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  /**
   * Assembles a pipeline, checking that every stage's required layers are produced before it.
   *
   * @throws ConfigException naming the stage and the missing layer
   */
  public static Pipeline of(Stage... stages) {
    Set<Layer> have = EnumSet.of(Layer.RAW);
    for (Stage s : stages) {
      for (Layer need : s.requires()) {
        if (!have.contains(need)) {
          throw new ConfigException(
              "stage '"
                  + s.name()
                  + "' requires layer "
                  + need
                  + ", which no stage before it produces");
        }
      }
      have.addAll(s.produces());
    }
    return new Pipeline(List.of(stages), Budgets.DEFAULT.wallTime());
  }

  /** Reads an input's bytes into a raw article: hash and charset. */
  public RawArticle read(InputItem item) {
    TextDecoder.Decoded d =
        decoder.decode(
            item.source(), item.bytes(), item.format() == org.annals.model.InputFormat.HTML);
    return new RawArticle(
        item.source(),
        item.format(),
        item.bytes(),
        sha256(item.bytes()),
        d.charset(),
        d.note(),
        d.text(),
        item.hints());
  }

  /** Runs every stage on one input. Never throws for a bad document. */
  public ArticleOutcome process(InputItem item) {
    if (item.isFailure()) {
      return new ArticleOutcome(item.source(), null, null, item.error(), List.of());
    }
    RawArticle raw;
    try {
      raw = read(item);
    } catch (InputException e) {
      return new ArticleOutcome(item.source(), rawOfUnreadable(item), null, e.reason(), List.of());
    }
    return process(raw);
  }

  /** Runs every stage on a raw article already read. Never throws for a bad document. */
  public ArticleOutcome process(RawArticle raw) {
    List<String> warnings = new ArrayList<>();
    if (!raw.charset().startsWith("UTF-8")) {
      warnings.add(raw.charsetNote());
    }
    Alarm alarm = new Alarm(Thread.currentThread());
    CURRENT.set(alarm);
    ScheduledFuture<?> timer =
        WATCHDOG.schedule(alarm::ring, wallTime.toMillis(), TimeUnit.MILLISECONDS);
    try {
      Document doc = Document.of(raw);
      for (Stage s : stages) {
        String error = null;
        long t0 = System.nanoTime();
        try {
          doc = s.apply(doc);
        } catch (InputException e) {
          error = e.reason();
        } catch (RuntimeException e) {
          error = s.name() + ": " + oneLine(e);
        } catch (StackOverflowError e) {
          error = s.name() + ": input nested too deeply";
        } catch (OutOfMemoryError e) {
          doc = null; // let the article's layers go before anything else is done
          error = s.name() + ": out of memory (" + raw.text().length() + " characters of text)";
        }
        StepTimes.add(s.name(), System.nanoTime() - t0);
        if (alarm.rang()) {
          error =
              "over the wall time budget: more than "
                  + seconds()
                  + " s, stopped in "
                  + s.name()
                  + " (limit "
                  + seconds()
                  + "; raise it with --max-seconds)";
        }
        if (error != null) {
          return new ArticleOutcome(raw.source(), raw, null, error, warnings);
        }
      }
      return new ArticleOutcome(raw.source(), raw, doc, null, warnings);
    } finally {
      timer.cancel(false);
      alarm.silence();
      CURRENT.remove();
    }
  }

  private static final ThreadLocal<Alarm> CURRENT = new ThreadLocal<>();

  /**
   * Whether the wall time of the article this thread is processing is spent. Stages that loop over
   * a long article check it: the thread's interrupt flag alone is not enough, because libraries may
   * clear it (CoreNLP's annotators do).
   */
  public static boolean overWallTime() {
    Alarm a = CURRENT.get();
    return a != null && a.rang();
  }

  private String seconds() {
    return java.math.BigDecimal.valueOf(wallTime.toMillis(), 3)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Interrupts an article's thread when its wall time is spent, unless the article is done. */
  private static final class Alarm {
    private final Thread thread;
    private boolean done;
    private boolean rang;

    Alarm(Thread thread) {
      this.thread = thread;
    }

    synchronized void ring() {
      if (!done) {
        rang = true;
        thread.interrupt();
      }
    }

    synchronized boolean rang() {
      return rang;
    }

    /** After this the thread is not interrupted any more, and its interrupt flag is cleared. */
    void silence() {
      synchronized (this) {
        done = true;
      }
      Thread.interrupted();
    }
  }

  /** A failed input whose bytes we have is still an article, with an empty text. */
  private static RawArticle rawOfUnreadable(InputItem item) {
    return new RawArticle(
        item.source(),
        item.format(),
        item.bytes(),
        sha256(item.bytes()),
        "binary",
        "not decoded",
        "",
        item.hints());
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
