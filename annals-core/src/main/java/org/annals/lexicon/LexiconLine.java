package org.annals.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One data line of a tab-separated lexicon ({@code triggers.tsv} and {@code cameo.tsv} of the event
 * coder, {@code cues.tsv} of the quote rules): blank lines and {@code #} comments are no data. Each
 * lexicon parses its own columns; this reads the lines and names them in errors.
 *
 * @param where the file and line number ("cues.tsv:12"), for error messages and provenance
 * @param fields the line's tab-separated fields
 * @param text the line as written
 */
public record LexiconLine(String where, String[] fields, String text) {
  /** What a lexicon is made of: its data lines, from a file called {@code name}. */
  public interface Parser<T> {
    T parse(List<LexiconLine> lines, String name);
  }

  /** The data lines of a reader, which is consumed but not closed. */
  public static List<LexiconLine> read(Reader reader, String name) throws IOException {
    List<LexiconLine> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        out.add(new LexiconLine(name + ":" + n, trimmed.split("\t"), line));
      }
    }
    return out;
  }

  /** Reads and parses a lexicon bundled in the package of {@code owner} (UTF-8). */
  public static <T> T load(Class<?> owner, String resource, Parser<T> parser) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + owner.getPackageName().replace('.', '/') + "/" + resource);
      }
      return parser.parse(
          read(new InputStreamReader(in, StandardCharsets.UTF_8), resource), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message naming this line: {@code "cues.tsv:12: " + what}. */
  public IllegalArgumentException error(String what) {
    return new IllegalArgumentException(where + ": " + what);
  }
}
