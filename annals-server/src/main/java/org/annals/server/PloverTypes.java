package org.annals.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.events.CameoCodes;

/**
 * The PLOVER types events can be coded with: those of the CAMEO code table ({@code cameo.tsv}), in
 * the order of their first CAMEO code, so the page's type filters follow the table and cannot drift
 * from it.
 */
final class PloverTypes {
  private static final List<String> ALL = load();

  private PloverTypes() {}

  static Map<String, Object> answer() {
    return Map.of("types", ALL);
  }

  static List<String> all() {
    return ALL;
  }

  private static List<String> load() {
    List<String> out = new ArrayList<>();
    for (CameoCodes.Code c : new TreeMap<>(CameoCodes.standard().all()).values()) {
      if (c.ploverType() != null && !out.contains(c.ploverType())) {
        out.add(c.ploverType());
      }
    }
    return List.copyOf(out);
  }
}
