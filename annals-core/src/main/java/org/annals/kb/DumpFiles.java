package org.annals.kb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Opens a Wikidata dump by its name: {@code .json}, {@code .json.gz} or {@code .json.bz2}. */
final class DumpFiles {
  private static final int BUFFER = 1 << 20;

  private DumpFiles() {}

  /**
   * The dump's lines, decompressed; the caller closes them. Bzip2 is read as concatenated streams,
   * since Wikidata's bz2 dumps are multi-stream and a plain reader stops after the first stream.
   */
  static DumpLines open(Path dump) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(dump), BUFFER);
    InputStream in;
    try {
      String name = dump.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".gz")) {
        in = new GZIPInputStream(raw, BUFFER);
      } else if (name.endsWith(".bz2")) {
        in = new BZip2CompressorInputStream(raw, true);
      } else {
        in = raw;
      }
    } catch (IOException e) {
      raw.close();
      throw e;
    }
    return new DumpLines(in);
  }

  /** "latest-all" for {@code latest-all.json.bz2}: the dump's name without its extensions. */
  static String baseName(Path dump) {
    String name = dump.getFileName().toString();
    return name.replaceFirst("(?i)(\\.json)?(\\.gz|\\.bz2)?$", "");
  }
}
