package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Articles out of a WARC file ({@code .warc}, or {@code .warc.gz} compressed record by record, as
 * Common Crawl's CC-NEWS is), read with jwarc. Each {@code response} record with a successful HTML
 * or plain-text payload is one article: its target URI is its url and source, its {@code WARC-Date}
 * the time it was fetched (never its publication date). Other records (requests, metadata, images,
 * redirects) are skipped and counted. A malformed or truncated record is reported with its offset
 * in the file, and reading goes on at the next record found after it.
 */
final class WarcInput {
  private final long maxBytes;
  private int skipped;

  WarcInput(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Records read that were no article. */
  int skipped() {
    return skipped;
  }

  static boolean isWarc(String lowerName) {
    return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
  }

  void read(Path f, String source, Consumer<InputItem> sink) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(2);
      ch.read(head, 0);
      if (head.position() == 2 && head.get(0) == 0x1f && head.get(1) == (byte) 0x8b) {
        readMembers(ch, source, sink);
      } else {
        readPlain(ch, source, sink);
      }
    }
  }

  /**
   * A plain WARC through jwarc; after a record it cannot parse, on at the next line that starts a
   * record ("WARC/1.").
   */
  private void readPlain(FileChannel ch, String source, Consumer<InputItem> sink)
      throws IOException {
    long size = ch.size();
    WarcReader reader = new WarcReader(ch);
    long lastGood = -1;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        // the broken record starts at the first record line after the last good record's start
        long bad =
            lastGood < 0 && startsRecord(ch, 0) ? 0 : nextRecord(ch, lastGood + 1, false, size);
        bad = Math.max(bad, 0);
        sink.accept(malformed(source, bad, e));
        long resume = nextRecord(ch, bad + 1, false, size);
        if (resume < 0) {
          return;
        }
        reader = new WarcReader(ch.position(resume));
        lastGood = resume - 1;
        continue;
      }
      if (next.isEmpty()) {
        return;
      }
      long at = reader.position();
      lastGood = at;
      article(next.get(), source, at, sink);
    }
  }

  /**
   * A gzip-compressed WARC one gzip member (one record, as WARC writers compress) at a time, so a
   * truncated or corrupt member costs that record only.
   */
  private void readMembers(FileChannel ch, String source, Consumer<InputItem> sink)
      throws IOException {
    long size = ch.size();
    long at = 0;
    while (at < size) {
      GzipMember m;
      try {
        m = GzipMember.inflate(ch, at, maxBytes + 65536);
      } catch (IOException e) {
        sink.accept(malformed(source, at, e));
        long resume = nextRecord(ch, at + 1, true, size);
        if (resume < 0) {
          return;
        }
        at = resume;
        continue;
      }
      if (m.bytes() == null) {
        sink.accept(
            InputItem.failed(
                source + "@" + at,
                "WARC record at offset "
                    + at
                    + " is larger than "
                    + maxBytes
                    + " bytes (raise it with --max-bytes)"));
      } else {
        try (WarcReader reader = new WarcReader(new java.io.ByteArrayInputStream(m.bytes()))) {
          Optional<WarcRecord> r;
          while ((r = reader.next()).isPresent()) {
            article(r.get(), source, at, sink);
          }
        } catch (IOException | RuntimeException e) {
          sink.accept(malformed(source, at, e));
        }
      }
      at = m.end();
    }
  }

  private static InputItem malformed(String source, long at, Exception e) {
    return InputItem.failed(
        source + "@" + at,
        "malformed or truncated WARC record at offset " + at + ": " + oneLine(e));
  }

  private static boolean startsRecord(FileChannel ch, long at) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(7);
    ch.read(b, at);
    return new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).equals("WARC/1.");
  }

  private void article(WarcRecord r, String source, long at, Consumer<InputItem> sink)
      throws IOException {
    try {
      articleOrSkip(r, source, at, sink);
    } catch (IOException | RuntimeException e) {
      sink.accept(
          InputItem.failed(
              source + "@" + at, "unreadable WARC record at offset " + at + ": " + oneLine(e)));
    }
  }

  private void articleOrSkip(WarcRecord r, String source, long at, Consumer<InputItem> sink)
      throws IOException {
    if (!(r instanceof WarcResponse resp)) {
      skipped++;
      return;
    }
    String uri = resp.target();
    String where = uri == null || uri.isBlank() ? source + "@" + at : uri;
    int status;
    MediaType type;
    InputStream body;
    if (resp.contentType().base().equals(MediaType.HTTP)) {
      var http = resp.http();
      status = http.status();
      type = http.contentType();
      body = http.bodyDecoded().stream();
    } else {
      status = 200;
      type = resp.contentType();
      body = resp.body().stream();
    }
    InputFormat format = format(type);
    if (status < 200 || status > 299 || format == null) {
      skipped++;
      return;
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      sink.accept(
          InputItem.failed(
              where, "too large: more than " + maxBytes + " bytes (raise it with --max-bytes)"));
      return;
    }
    String fetched = resp.date() == null ? null : resp.date().toString();
    sink.accept(
        new InputItem(
            where, format, bytes, new SourceHints(null, uri, null, null, null, fetched), null));
  }

  private static InputFormat format(MediaType t) {
    if (t == null) {
      return null;
    }
    String base = (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return InputFormat.HTML;
    }
    if (base.equals("text/plain")) {
      return InputFormat.TEXT;
    }
    return null;
  }

  /**
   * The offset of the next record at or after {@code from}: a gzip member's magic bytes in a
   * compressed file, a line starting "WARC/1." in a plain one; -1 when there is none.
   */
  private static long nextRecord(FileChannel ch, long from, boolean gz, long size)
      throws IOException {
    byte[] magic =
        gz ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long pos = from;
    while (pos < size) {
      buf.clear();
      int n = ch.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] b = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        boolean hit = true;
        for (int k = 0; k < magic.length && hit; k++) {
          hit = b[i + k] == magic[k];
        }
        if (hit) {
          return gz ? pos + i : pos + i + 1;
        }
      }
      if (n < magic.length) {
        return -1;
      }
      pos += n - magic.length + 1;
    }
    return -1;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
