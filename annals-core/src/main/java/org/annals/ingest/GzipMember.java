package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One member of a multi-member gzip file, inflated alone: its bytes (null when over the limit,
 * inflated through all the same) and the offset where the next member starts.
 */
record GzipMember(byte[] bytes, long end) {
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int FHCRC = 2;

  static GzipMember inflate(FileChannel ch, long at, long limit) throws IOException {
    Input in = new Input(ch, at);
    if (in.u8() != 0x1f || in.u8() != 0x8b || in.u8() != 8) {
      throw new IOException("not a gzip member");
    }
    int flags = in.u8();
    in.skip(6); // mtime, xfl, os
    if ((flags & FEXTRA) != 0) {
      in.skip(in.u8() | in.u8() << 8);
    }
    if ((flags & FNAME) != 0) {
      while (in.u8() != 0) {
        // the file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (in.u8() != 0) {
        // the comment
      }
    }
    if ((flags & FHCRC) != 0) {
      in.skip(2);
    }
    Inflater inflater = new Inflater(true);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      long total = 0;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          ByteBuffer chunk = in.chunk();
          if (chunk == null) {
            throw new EOFException("unexpected end of gzip member (file truncated)");
          }
          inflater.setInput(chunk.array(), chunk.position(), chunk.remaining());
        }
        int n = inflater.inflate(buf);
        if (n == 0 && inflater.needsDictionary()) {
          throw new IOException("gzip member needs a dictionary");
        }
        total += n;
        if (total <= limit) {
          out.write(buf, 0, n);
        }
      }
      long end = in.consumedTo(inflater.getRemaining()) + 8; // CRC-32 and size trailer
      if (end > ch.size()) {
        throw new EOFException("gzip member trailer missing (file truncated)");
      }
      return new GzipMember(total <= limit ? out.toByteArray() : null, end);
    } catch (DataFormatException e) {
      throw new IOException("corrupt gzip data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /** Reads the channel forward from an offset, header bytes one by one, then in chunks. */
  private static final class Input {
    private final FileChannel ch;
    private long pos;

    Input(FileChannel ch, long pos) {
      this.ch = ch;
      this.pos = pos;
    }

    int u8() throws IOException {
      ByteBuffer b = ByteBuffer.allocate(1);
      if (ch.read(b, pos) != 1) {
        throw new EOFException("unexpected end of gzip header (file truncated)");
      }
      pos++;
      return b.get(0) & 0xff;
    }

    void skip(int n) {
      pos += n;
    }

    ByteBuffer chunk() throws IOException {
      ByteBuffer b = ByteBuffer.allocate(65536);
      int n = ch.read(b, pos);
      if (n <= 0) {
        return null;
      }
      pos += n;
      b.flip();
      return b;
    }

    /** The offset just after the last byte the inflater used, given what it left unread. */
    long consumedTo(int remaining) {
      return pos - remaining;
    }
  }
}
