package org.annals.kb;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a dump as bytes, each entity without the array's brackets and its trailing comma:
 * the JSON parser reads UTF-8 bytes faster than it reads a String decoded from them. A line may be
 * of any length (the buffer grows to the longest). Closes the stream it was given. Not thread-safe.
 */
final class DumpLines implements Closeable {
  private final InputStream in;
  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private int start;
  private int end;
  private long number;

  DumpLines(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the dump. */
  boolean next() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          take(i, i + 1);
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          take(limit, limit);
          return true;
        }
        return false;
      }
      fill();
    }
  }

  byte[] bytes() {
    return buf;
  }

  /** Where the entity's JSON starts in {@link #bytes()}. */
  int start() {
    return start;
  }

  /** How long the entity's JSON is: 0 for the '[' and ']' lines and blank ones. */
  int length() {
    return end - start;
  }

  /** 1 for the first line. */
  long number() {
    return number;
  }

  private void take(int lineEnd, int nextPos) {
    number++;
    start = pos;
    end = lineEnd;
    pos = nextPos;
    while (end > start && (buf[end - 1] <= ' ' || buf[end - 1] == ',')) {
      end--;
    }
    while (start < end && buf[start] <= ' ') {
      start++;
    }
    if (end - start == 1 && (buf[start] == '[' || buf[start] == ']')) {
      end = start;
    }
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
