package org.annals.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text that cleaning removed, kept so an analyst can see what was dropped and why.
 *
 * @param raw where it was in the raw text
 * @param rule the rule that removed it, e.g. "boilerplate:also-read"
 * @param text the removed text as it read after the earlier cleaning steps
 */
public record RemovedSpan(Span raw, String rule, String text) {
  /** The flat form stored and printed: {@code start}, {@code end}, {@code rule}, {@code text}. */
  public Map<String, Object> asRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("start", raw.start());
    row.put("end", raw.end());
    row.put("rule", rule);
    row.put("text", text);
    return row;
  }
}
