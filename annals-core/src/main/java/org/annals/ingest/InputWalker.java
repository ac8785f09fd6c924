package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;

/**
 * Finds the articles under the paths a user gives: files, and directories walked recursively in
 * name order. {@code .txt}, {@code .html}/{@code .htm} and {@code .jsonl} (one article per line),
 * each possibly gzip-compressed, and WARC files ({@code .warc}, {@code .warc.gz}: one article per
 * HTML or text response record). A file named explicitly is read whatever its name; inside a
 * directory, files of other types are skipped and counted. Every problem becomes a failed {@link
 * InputItem} naming the input, never an exception: one bad file does not stop the walk.
 */
public final class InputWalker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final long maxBytes;
  private final WarcInput warc;
  private int skipped;
  private String outlet;

  /**
   * @param maxBytes largest article accepted, in bytes (after decompression)
   */
  public InputWalker(long maxBytes) {
    this.maxBytes = maxBytes;
    this.warc = new WarcInput(maxBytes);
  }

  /**
   * Gives every article whose container names no outlet this one (the user's word for where a
   * folder of plain text came from: {@code --outlet BBC}); an article's own site name or agency
   * still comes first when the text gives one.
   */
  public InputWalker withOutlet(String name) {
    this.outlet = name == null || name.isBlank() ? null : name.strip();
    return this;
  }

  /** Files inside directories skipped because of their type. */
  public int skipped() {
    return skipped;
  }

  /** WARC records read that were no article (requests, metadata, images, redirects, errors). */
  public int skippedRecords() {
    return warc.skipped();
  }

  public void walk(List<String> paths, Consumer<InputItem> given) {
    Consumer<InputItem> sink = withOutlet(given);
    for (String p : paths) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(path)) {
          s.filter(f -> !Files.isDirectory(f)).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          sink.accept(InputItem.failed(p, "cannot list directory: " + reason(e)));
          continue;
        }
        for (Path f : files) {
          if (kind(f) == null || f.getFileName().toString().startsWith(".")) {
            skipped++;
          } else {
            readFile(f, f.toString(), sink);
          }
        }
      } else {
        readFile(path, p, sink);
      }
    }
  }

  /**
   * Reads one file already found by someone else (a Hadoop file system listing, a file copied from
   * one), naming its articles after {@code source} as {@link #walk} names them after a path.
   */
  public void walkFile(Path file, String source, Consumer<InputItem> sink) {
    readFile(file, source, withOutlet(sink));
  }

  private Consumer<InputItem> withOutlet(Consumer<InputItem> sink) {
    String o = outlet;
    return o == null ? sink : item -> sink.accept(item.withOutletIfNone(o));
  }

  /**
   * Whether a file of this name inside a directory is read ({@code .txt}, {@code .html}, {@code
   * .jsonl}, WARC, each possibly gzipped) rather than skipped as of another type.
   */
  public static boolean isInput(String fileName) {
    return kind(Path.of(fileName)) != null && !fileName.startsWith(".");
  }

  private enum Kind {
    TEXT,
    HTML,
    JSONL,
    WARC
  }

  private static Kind kind(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (WarcInput.isWarc(name)) {
      return Kind.WARC;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Kind.TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    return null;
  }

  private void readFile(Path f, String source, Consumer<InputItem> sink) {
    Kind kind = kind(f);
    boolean gz = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try {
      if (!Files.exists(f)) {
        sink.accept(
            InputItem.failed(
                source,
                Files.isSymbolicLink(f)
                    ? "a symbolic link that leads nowhere or loops"
                    : "no such file or directory"));
        return;
      }
      if (kind == Kind.JSONL) {
        readJsonl(f, source, gz, sink);
        return;
      }
      if (kind == Kind.WARC) {
        warc.read(f, source, sink);
        return;
      }
      long size = Files.size(f);
      if (!gz && size > maxBytes) {
        sink.accept(InputItem.failed(source, tooLarge(size)));
        return;
      }
      byte[] bytes = readAll(f, gz);
      InputFormat format =
          kind == Kind.HTML || kind == null && looksLikeHtml(bytes)
              ? InputFormat.HTML
              : InputFormat.TEXT;
      sink.accept(new InputItem(source, format, bytes, SourceHints.NONE, null));
    } catch (IOException e) {
      sink.accept(InputItem.failed(source, reason(e)));
    } catch (TooLarge e) {
      sink.accept(InputItem.failed(source, e.getMessage()));
    }
  }

  private String tooLarge(long size) {
    return "too large: " + size + " bytes, limit " + maxBytes + " (raise it with --max-bytes)";
  }

  private static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  private byte[] readAll(Path f, boolean gz) throws IOException {
    try (InputStream in = open(f, gz)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new TooLarge(
            "too large: more than "
                + maxBytes
                + " bytes after decompression (raise it with --max-bytes)");
      }
      return bytes;
    }
  }

  private static InputStream open(Path f, boolean gz) throws IOException {
    InputStream in = Files.newInputStream(f);
    try {
      return gz ? new GZIPInputStream(in, 65536) : in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private void readJsonl(Path f, String source, boolean gz, Consumer<InputItem> sink)
      throws IOException {
    try (Reader r =
        new InputStreamReader(
            open(f, gz),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      BoundedLines lines = new BoundedLines(r, maxBytes);
      BoundedLines.Line line;
      int n = 0;
      while ((line = lines.next()) != null) {
        n++;
        if (line.tooLong()) {
          sink.accept(InputItem.failed(source + "#" + n, tooLarge(line.length())));
        } else if (!line.text().isBlank()) {
          sink.accept(jsonlItem(source + "#" + n, line.text()));
        }
      }
    } catch (CharacterCodingException e) {
      sink.accept(
          InputItem.failed(source, "JSONL file is not valid UTF-8 (" + e.getMessage() + ")"));
    }
  }

  InputItem jsonlItem(String where, String line) {
    if (line.length() > maxBytes) {
      return InputItem.failed(where, tooLarge(line.length()));
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return InputItem.failed(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return InputItem.failed(where, "a JSONL line must be a JSON object");
    }
    JsonNode html = node.get("html");
    JsonNode text = node.get("text");
    boolean isHtml = html != null && html.isTextual() && !html.asText().isBlank();
    JsonNode body = isHtml ? html : text;
    if (body == null || !body.isTextual()) {
      return InputItem.failed(where, "no \"text\" or \"html\" string field");
    }
    SourceHints hints =
        new SourceHints(
            str(node, "id"),
            str(node, "url"),
            str(node, "title"),
            str(node, "published"),
            str(node, "source"));
    String source = hints.url() != null ? hints.url() : where;
    return new InputItem(
        source,
        isHtml ? InputFormat.HTML : InputFormat.TEXT,
        body.asText().getBytes(StandardCharsets.UTF_8),
        hints,
        null);
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .strip()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
  }

  /** A one-line reason for an I/O failure. */
  static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof EOFException || e instanceof ZipException) {
      return "truncated or corrupt gzip data (" + e.getMessage() + ")";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return "cannot read: " + fse.getReason();
    }
    return "cannot read: " + e.getMessage();
  }
}
