package org.annals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.read.Csv;

/**
 * Writes listings as an aligned table, JSON Lines or CSV (the API's CSV, {@link Csv}: formula cells
 * neutralised).
 */
final class Output {
  enum Format {
    table,
    jsonl,
    csv
  }

  static final ObjectMapper JSON = org.annals.store.read.Records.JSON;
  private static final int MAX_CELL = 60;

  private Output() {}

  /** The format to use: the one asked for, else a table on a terminal and JSON Lines elsewhere. */
  static Format choose(Format asked) {
    if (asked != null) {
      return asked;
    }
    return System.console() != null ? Format.table : Format.jsonl;
  }

  /**
   * A party record's name ("source", "speaker" …): its actor's name, else its words; null if none.
   */
  @SuppressWarnings("unchecked")
  static String partyName(Object party) {
    if (party == null) {
      return null;
    }
    Map<String, Object> p = (Map<String, Object>) party;
    Object n = p.get("name");
    return String.valueOf(n != null ? n : p.get("text"));
  }

  /** Text escaped for XML content and attribute values. */
  static String xml(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Fails with a clear message when a file's directory does not exist. */
  static void checkWritable(java.nio.file.Path p) {
    if (p.getParent() != null && !java.nio.file.Files.isDirectory(p.getParent())) {
      throw new org.annals.AnnalsException("cannot write " + p + ": no such directory");
    }
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes rows (all with the same keys, in order). {@code tableColumns} picks the columns a table
   * shows; JSONL and CSV get every field.
   */
  static void write(
      PrintWriter out, Format format, List<Map<String, Object>> rows, List<String> tableColumns) {
    switch (format) {
      case jsonl -> rows.forEach(r -> out.println(json(r)));
      case csv -> writeCsv(out, rows);
      case table -> writeTable(out, rows, tableColumns);
    }
    out.flush();
  }

  private static void writeCsv(PrintWriter out, List<Map<String, Object>> rows) {
    try {
      Csv.write(out, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTable(
      PrintWriter out, List<Map<String, Object>> rows, List<String> columns) {
    if (rows.isEmpty()) {
      out.println("(none)");
      return;
    }
    Map<String, Integer> width = new LinkedHashMap<>();
    for (String c : columns) {
      width.put(c, c.length());
    }
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      List<String> line = new ArrayList<>();
      for (String c : columns) {
        Object v = r.get(c);
        String s = v == null ? "-" : String.valueOf(v).replaceAll("\\s+", " ");
        if (s.length() > MAX_CELL) {
          s = s.substring(0, MAX_CELL - 1) + "…";
        }
        line.add(s);
        width.merge(c, s.length(), Math::max);
      }
      cells.add(line);
    }
    StringBuilder head = new StringBuilder();
    for (String c : columns) {
      head.append(pad(c.toUpperCase(), width.get(c))).append("  ");
    }
    out.println(head.toString().stripTrailing());
    for (List<String> line : cells) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        b.append(pad(line.get(i), width.get(columns.get(i)))).append("  ");
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }
}
