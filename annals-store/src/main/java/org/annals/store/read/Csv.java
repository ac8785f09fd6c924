package org.annals.store.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV of listings, for the command line and the API alike: one column per top-level field (the
 * union over all rows, in first-seen order), nested records and lists as JSON in their cell. A cell
 * that a spreadsheet would take for a formula (starting with {@code = + - @}, or a tab or carriage
 * return) gets a leading apostrophe: the text is someone else's and may be hostile.
 */
public final class Csv {
  private static final CsvMapper CSV = new CsvMapper();

  private Csv() {}

  /**
   * Writes the rows (records or maps) with a header line; nothing at all for no rows. The writer is
   * flushed, not closed: it may be the command line's standard output.
   */
  public static void write(Writer out, List<?> rows) throws IOException {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Object r : rows) {
      maps.add(toMap(r));
    }
    Set<String> columns = new LinkedHashSet<>();
    maps.forEach(m -> columns.addAll(m.keySet()));
    if (columns.isEmpty()) {
      return;
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> m : maps) {
      List<String> row = new ArrayList<>(columns.size());
      for (String c : columns) {
        row.add(cell(m.get(c)));
      }
      cells.add(row);
    }
    CSV.writerFor(List.class)
        .with(schema.build())
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValues(out)
        .writeAll(cells)
        .close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> toMap(Object r) {
    return r instanceof Map<?, ?> m ? (Map<String, Object>) m : Records.map(r);
  }

  /** The text of one cell, neutralised. */
  static String cell(Object v) {
    String s;
    if (v == null) {
      return "";
    } else if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
      try {
        s = Records.JSON.writeValueAsString(v);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      s = String.valueOf(v);
    }
    return neutral(s);
  }

  /** A leading apostrophe before text a spreadsheet would run as a formula. */
  public static String neutral(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !isNumber(s)) {
      return "'" + s;
    }
    return s;
  }

  private static boolean isNumber(String s) {
    return s.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  }
}
