package org.annals.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines from a reader without ever holding more than a limit of one line: a longer line is
 * skipped to its end and reported by its length alone, so no input line can exhaust the memory
 * (issue 18). Not thread-safe; the reader is not closed.
 */
final class BoundedLines {
  /** One line: its text, or null and its length when it was longer than the limit. */
  record Line(String text, long length) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final long limit;
  private final char[] buf = new char[65536];
  private int pos;
  private int end;

  BoundedLines(Reader in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its line break (a trailing CR is dropped), or null at the end. */
  Line next() throws IOException {
    StringBuilder b = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? line(b, length) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (length + n <= limit) {
        b.append(buf, start, n);
      } else {
        b.setLength(0); // over the limit: only its length is kept from here on
      }
      length += n;
      if (pos < end) {
        pos++; // the line break
        return line(b, length);
      }
    }
  }

  private Line line(StringBuilder b, long length) {
    if (length > limit) {
      return new Line(null, length);
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == '\r') {
      b.setLength(n - 1);
    }
    return new Line(b.toString(), length);
  }
}
