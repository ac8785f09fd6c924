package org.annals.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Maps every character of a cleaned text back to the raw text it came from, like Lucene's {@code
 * CharFilter.correctOffset}. Immutable and thread-safe.
 *
 * <p>The map is a list of runs. A <em>copy</em> run maps its characters one to one onto consecutive
 * raw characters; a <em>replace</em> run maps each of its characters onto the whole raw range it
 * replaced (an HTML entity, a folded space run, an inserted paragraph break). Raw offsets are Java
 * {@code char} indices into the decoded raw input.
 */
public final class OffsetMap {
  private final int[] cleanStart; // run i covers clean chars [cleanStart[i], cleanStart[i+1])
  private final int[] rawStart;
  private final int[] rawEnd;
  private final boolean[] copy;
  private final int length;
  private final int rawLength;

  private OffsetMap(
      int[] cleanStart, int[] rawStart, int[] rawEnd, boolean[] copy, int length, int rawLength) {
    this.cleanStart = cleanStart;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
    this.copy = copy;
    this.length = length;
    this.rawLength = rawLength;
  }

  /** The map of a text to itself. */
  public static OffsetMap identity(int length) {
    return new Builder(length).copy(0, length).build();
  }

  /** Length of the clean text this map covers. */
  public int length() {
    return length;
  }

  /** Length of the raw text the map points into. */
  public int rawLength() {
    return rawLength;
  }

  /** Number of runs: a measure of how much cleaning rewrote. */
  public int runs() {
    return cleanStart.length;
  }

  /** Raw offset where clean character {@code i} starts; {@code i == length()} maps to its end. */
  public int rawStart(int i) {
    check(i);
    if (i == length) {
      return cleanStart.length == 0 ? 0 : rawEnd[cleanStart.length - 1];
    }
    int r = run(i);
    return copy[r] ? rawStart[r] + (i - cleanStart[r]) : rawStart[r];
  }

  /** Raw offset (exclusive) where the clean text ending before {@code end} ends. */
  public int rawEnd(int end) {
    check(end);
    if (end == 0) {
      return cleanStart.length == 0 ? 0 : rawStart[0];
    }
    int r = run(end - 1);
    return copy[r] ? rawStart[r] + (end - cleanStart[r]) : rawEnd[r];
  }

  /**
   * The first clean offset whose character starts at or after a raw offset: the inverse of {@link
   * #rawStart} for offsets this map produced ({@code length()} when past the end).
   */
  public int toClean(int raw) {
    int lo = 0;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rawStart(mid) < raw) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The raw span the clean span came from. */
  public Span toRaw(Span clean) {
    if (clean.length() == 0) {
      int p = rawStart(clean.start());
      return new Span(p, p);
    }
    return new Span(rawStart(clean.start()), rawEnd(clean.end()));
  }

  private void check(int i) {
    if (i < 0 || i > length) {
      throw new IndexOutOfBoundsException("offset " + i + " outside clean text of " + length);
    }
  }

  private int run(int i) {
    int r = Arrays.binarySearch(cleanStart, i);
    return r >= 0 ? r : -r - 2;
  }

  /** Compact binary form for storage (varint runs). */
  public byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + cleanStart.length * 8);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeVar(out, length);
      writeVar(out, rawLength);
      writeVar(out, cleanStart.length);
      int prevRawEnd = 0;
      for (int r = 0; r < cleanStart.length; r++) {
        int runLength = (r + 1 < cleanStart.length ? cleanStart[r + 1] : length) - cleanStart[r];
        writeVar(out, runLength << 1 | (copy[r] ? 1 : 0));
        writeVar(out, zigzag(rawStart[r] - prevRawEnd));
        if (!copy[r]) {
          writeVar(out, rawEnd[r] - rawStart[r]);
        }
        prevRawEnd = rawEnd[r];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads the form written by {@link #encode()}. */
  public static OffsetMap decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int length = readVar(in);
      Builder b = new Builder(readVar(in));
      int runs = readVar(in);
      int prevRawEnd = 0;
      for (int r = 0; r < runs; r++) {
        int head = readVar(in);
        int runLength = head >>> 1;
        int start = prevRawEnd + unzigzag(readVar(in));
        if ((head & 1) == 1) {
          b.copy(start, runLength);
          prevRawEnd = start + runLength;
        } else {
          int end = start + readVar(in);
          b.replace(start, end, runLength);
          prevRawEnd = end;
        }
      }
      OffsetMap map = b.build();
      if (map.length != length) {
        throw new IllegalArgumentException(
            "corrupt offset map: length " + map.length + " != " + length);
      }
      return map;
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt offset map", e);
    }
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private static void writeVar(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVar(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("varint too long");
  }

  /** Builds a map by appending runs in clean-text order. Not thread-safe. */
  public static final class Builder {
    private final int rawLength;
    private int[] cs = new int[16];
    private int[] rs = new int[16];
    private int[] re = new int[16];
    private boolean[] cp = new boolean[16];
    private int runs;
    private int length;

    public Builder(int rawLength) {
      this.rawLength = rawLength;
    }

    /** Current length of the clean text built so far. */
    public int length() {
      return length;
    }

    /** Appends {@code count} clean characters copied one to one from raw {@code rawFrom}. */
    public Builder copy(int rawFrom, int count) {
      if (count == 0) {
        return this;
      }
      checkRaw(rawFrom, rawFrom + count);
      int last = runs - 1;
      if (last >= 0 && cp[last] && re[last] == rawFrom) {
        re[last] += count;
      } else {
        add(rawFrom, rawFrom + count, true);
      }
      length += count;
      return this;
    }

    /** Appends {@code count} clean characters that all stand for raw {@code [rawFrom, rawTo)}. */
    public Builder replace(int rawFrom, int rawTo, int count) {
      if (count == 0) {
        return this;
      }
      checkRaw(rawFrom, rawTo);
      add(rawFrom, rawTo, false);
      length += count;
      return this;
    }

    /** Appends the part {@code [from, to)} of another map over the same raw text. */
    public Builder append(OffsetMap map, int from, int to) {
      if (from >= to) {
        return this;
      }
      int r = map.run(from);
      int pos = from;
      while (pos < to) {
        int runEnd = r + 1 < map.cleanStart.length ? map.cleanStart[r + 1] : map.length;
        int take = Math.min(runEnd, to) - pos;
        if (map.copy[r]) {
          copy(map.rawStart[r] + (pos - map.cleanStart[r]), take);
        } else {
          replace(map.rawStart[r], map.rawEnd[r], take);
        }
        pos += take;
        r++;
      }
      return this;
    }

    private void checkRaw(int from, int to) {
      if (from < 0 || to < from || to > rawLength) {
        throw new IllegalArgumentException(
            "raw range [" + from + ", " + to + ") outside raw text of " + rawLength);
      }
    }

    private void add(int from, int to, boolean isCopy) {
      if (runs == cs.length) {
        int n = runs * 2;
        cs = Arrays.copyOf(cs, n);
        rs = Arrays.copyOf(rs, n);
        re = Arrays.copyOf(re, n);
        cp = Arrays.copyOf(cp, n);
      }
      cs[runs] = length;
      rs[runs] = from;
      re[runs] = to;
      cp[runs] = isCopy;
      runs++;
    }

    public OffsetMap build() {
      return new OffsetMap(
          Arrays.copyOf(cs, runs),
          Arrays.copyOf(rs, runs),
          Arrays.copyOf(re, runs),
          Arrays.copyOf(cp, runs),
          length,
          rawLength);
    }
  }
}
