package org.annals.pipeline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.annals.ConfigException;
import org.annals.InputException;
import org.annals.ingest.InputItem;
import org.annals.ingest.TextDecoder;
import org.annals.model.RawArticle;

/**
 * Turns inputs into processed documents by running its stages in order. Assembled once, then used
 * from any number of threads. A failure in one document becomes a failed {@link ArticleOutcome};
 * only errors of the JVM itself (out of memory) escape.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final TextDecoder decoder = new TextDecoder();

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
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
    return new Pipeline(List.of(stages));
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
    Document doc = Document.of(raw);
    for (Stage s : stages) {
      try {
        doc = s.apply(doc);
      } catch (InputException e) {
        return new ArticleOutcome(raw.source(), raw, null, e.reason(), warnings);
      } catch (RuntimeException e) {
        return new ArticleOutcome(raw.source(), raw, null, s.name() + ": " + oneLine(e), warnings);
      } catch (StackOverflowError e) {
        return new ArticleOutcome(
            raw.source(), raw, null, s.name() + ": input nested too deeply", warnings);
      }
    }
    return new ArticleOutcome(raw.source(), raw, doc, null, warnings);
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
