package org.annals.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.ingest.InputItem;
import org.annals.ingest.InputWalker;
import org.annals.model.RawArticle;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.store.ArticleStore;
import org.annals.store.TableRows;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Runs the pipeline over one partition's files on an executor, as {@code ingest} does per input,
 * and turns each outcome into rows with the store's own writers: the article is saved into a
 * scratch SQLite store of the task thread, its rows are read back and the store emptied again.
 * Files on other file systems than the local one are copied to a local temporary file (keeping
 * their name, which tells the readers the format) and read by the same {@link InputWalker}.
 */
final class PartitionIngest implements FlatMapFunction<Iterator<InputFile>, ArticleRows> {
  private final JobSettings settings;
  private final org.apache.spark.broadcast.Broadcast<Set<String>> known;

  /**
   * @param known ids of articles an earlier output holds already: not processed again
   */
  PartitionIngest(JobSettings settings, org.apache.spark.broadcast.Broadcast<Set<String>> known) {
    this.settings = settings;
    this.known = known;
  }

  @Override
  public Iterator<ArticleRows> call(Iterator<InputFile> files) throws IOException {
    Pipeline pipeline = settings.pipeline();
    Set<String> skip = known.value();
    List<ArticleRows> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFile f = files.next();
      List<InputItem> items = new ArrayList<>();
      read(f, items);
      for (int j = 0; j < items.size(); j++) {
        long seq = (f.index() << 32) + j;
        ArticleRows rows = process(pipeline, items.get(j), seq, skip);
        if (rows != null) {
          out.add(rows);
        }
      }
    }
    return out.iterator();
  }

  private void read(InputFile f, List<InputItem> items) throws IOException {
    InputWalker walker = new InputWalker(settings.maxBytes());
    Path path = new Path(f.uri());
    if ("file".equals(path.toUri().getScheme())) {
      walker.walkFile(java.nio.file.Path.of(path.toUri()), f.source(), items::add);
      return;
    }
    java.nio.file.Path dir = Files.createTempDirectory("annals-input");
    java.nio.file.Path copy = dir.resolve(path.getName());
    try {
      FileSystem fs = path.getFileSystem(Inputs.hadoop(settings.hadoop()));
      try (InputStream in = fs.open(path)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      walker.walkFile(copy, f.source(), items::add);
    } catch (IOException e) {
      items.add(InputItem.failed(f.source(), "cannot read: " + e.getMessage()));
    } finally {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(dir);
    }
  }

  /** The rows of one input; null when an earlier output has the article already. */
  private static ArticleRows process(
      Pipeline pipeline, InputItem item, long seq, Set<String> skip) {
    ArticleOutcome o;
    if (item.isFailure()) {
      o = pipeline.process(item);
    } else {
      RawArticle raw;
      try {
        raw = pipeline.read(item);
      } catch (org.annals.InputException e) {
        raw = null;
      }
      if (raw != null && skip.contains(raw.id())) {
        return null;
      }
      o = raw == null ? pipeline.process(item) : pipeline.process(raw);
    }
    if (o.raw() == null) {
      return new ArticleRows(seq, null, o.source(), o.error(), Map.of());
    }
    ArticleStore store = Scratch.store();
    TableRows tables = store.tables();
    try {
      store.save(o);
      Map<String, List<Object[]>> rows = new LinkedHashMap<>();
      for (String table : TableRows.TABLES.keySet()) {
        rows.put(table, tables.rows(table));
      }
      unlinked(rows.get("events"));
      return new ArticleRows(seq, o.raw().id(), o.source(), o.error(), rows);
    } finally {
      tables.clear();
    }
  }

  /** Linking is the batch's: every event starts in a cluster of its own, linked to nothing. */
  private static void unlinked(List<Object[]> events) {
    for (Object[] e : events) {
      e[EventColumns.CLUSTER] = e[EventColumns.ID];
      e[EventColumns.LINK_WITH] = null;
      e[EventColumns.LINK_SCORE] = null;
      e[EventColumns.LINK_EVIDENCE] = null;
    }
  }

  /** One scratch store per task thread, in a temporary file deleted when the JVM exits. */
  private static final class Scratch {
    private static final ThreadLocal<ArticleStore> STORE =
        ThreadLocal.withInitial(
            () -> {
              try {
                java.nio.file.Path f = Files.createTempFile("annals-scratch", ".db");
                f.toFile().deleteOnExit();
                for (String side : new String[] {"-wal", "-shm"}) {
                  new java.io.File(f + side).deleteOnExit();
                }
                return ArticleStore.open(f.toString());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    static ArticleStore store() {
      return STORE.get();
    }
  }
}
