package org.annals.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Writes small Wikidata dumps in the dump's own JSON shape, for tests and the benchmark. */
final class DumpFixture {
  private DumpFixture() {}

  /** An item with an English label (or none when {@code label} is null) and statements. */
  static String item(String id, String label, List<String> aliases, String... claims) {
    StringBuilder b = new StringBuilder();
    b.append("{\"type\":\"item\",\"id\":\"").append(id).append("\",\"labels\":{");
    b.append("\"de\":{\"language\":\"de\",\"value\":\"x\"}");
    if (label != null) {
      b.append(",\"en\":{\"language\":\"en\",\"value\":\"").append(label).append("\"}");
    }
    b.append("},\"aliases\":{\"en\":[");
    for (int i = 0; i < aliases.size(); i++) {
      b.append(i > 0 ? "," : "")
          .append("{\"language\":\"en\",\"value\":\"")
          .append(aliases.get(i))
          .append("\"}");
    }
    b.append("]},\"claims\":{").append(String.join(",", claims)).append("}");
    b.append(",\"sitelinks\":{\"enwiki\":{\"site\":\"enwiki\",\"title\":\"x\",\"badges\":[]}}}");
    return b.toString();
  }

  /** {@code "P31":[...]} with one statement per item. */
  static String items(String property, String... qids) {
    List<String> statements = new ArrayList<>();
    for (String q : qids) {
      statements.add(statement(snak(property, itemValue(q)), ""));
    }
    return "\"" + property + "\":[" + String.join(",", statements) + "]";
  }

  static String string(String property, String value) {
    String v = "{\"value\":\"" + value + "\",\"type\":\"string\"}";
    return "\"" + property + "\":[" + statement(snak(property, v), "") + "]";
  }

  /** {@code "P39":[...]}: each argument one statement from {@link #held}. */
  static String positionsHeld(String... statements) {
    return "\"P39\":[" + String.join(",", statements) + "]";
  }

  /** A P39 statement; {@code from}/{@code to} are qualifier snaks from {@link #time} or null. */
  static String held(String position, String from, String to, String jurisdiction) {
    List<String> q = new ArrayList<>();
    if (from != null) {
      q.add("\"P580\":[" + from.replace("PROP", "P580") + "]");
    }
    if (to != null) {
      q.add("\"P582\":[" + to.replace("PROP", "P582") + "]");
    }
    if (jurisdiction != null) {
      q.add("\"P1001\":[" + snak("P1001", itemValue(jurisdiction)) + "]");
    }
    return statement(
        snak("P39", itemValue(position)), ",\"qualifiers\":{" + String.join(",", q) + "}");
  }

  /** A time snak: {@code time} as Wikidata writes it ("+2019-03-00T00:00:00Z"), its precision. */
  static String time(String time, int precision) {
    return snak(
        "PROP",
        "{\"value\":{\"time\":\""
            + time
            + "\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":"
            + precision
            + ",\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},\"type\":\"time\"}");
  }

  static String unknownValue() {
    return "{\"snaktype\":\"somevalue\",\"property\":\"PROP\",\"datatype\":\"time\"}";
  }

  /**
   * Writes the dump as Wikidata does: '[', one entity a line ending in ',', ']'; in two compressed
   * streams, as Wikidata's multi-stream bz2 (and concatenated gzip members). Reads each entity of
   * the list once, in order.
   */
  static Path write(Path file, List<String> entities) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int half = entities.size() / 2;
    try (OutputStream raw = Files.newOutputStream(file)) {
      OutputStream o = compressor(name, raw);
      o.write("[\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < entities.size(); i++) {
        if (i == half && o != raw) {
          o.close();
          o = compressor(name, raw);
        }
        String end = i < entities.size() - 1 ? ",\n" : "\n";
        o.write((entities.get(i) + end).getBytes(StandardCharsets.UTF_8));
      }
      o.write("]\n".getBytes(StandardCharsets.UTF_8));
      if (o != raw) {
        o.close();
      }
    }
    return file;
  }

  private static OutputStream compressor(String name, OutputStream raw) throws IOException {
    OutputStream unclosed = // closing a stream ends it, not the file
        new java.io.FilterOutputStream(raw) {
          @Override
          public void close() throws IOException {
            flush();
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }
        };
    if (name.endsWith(".gz")) {
      return new GZIPOutputStream(unclosed);
    }
    return name.endsWith(".bz2") ? new BZip2CompressorOutputStream(unclosed) : raw;
  }

  private static String statement(String mainsnak, String rest) {
    return "{\"mainsnak\":" + mainsnak + ",\"type\":\"statement\",\"rank\":\"normal\"" + rest + "}";
  }

  private static String snak(String property, String datavalue) {
    return "{\"snaktype\":\"value\",\"property\":\""
        + property
        + "\",\"datavalue\":"
        + datavalue
        + "}";
  }

  private static String itemValue(String q) {
    return "{\"value\":{\"entity-type\":\"item\",\"numeric-id\":"
        + q.substring(1)
        + ",\"id\":\""
        + q
        + "\"},\"type\":\"wikibase-entityid\"}";
  }
}
