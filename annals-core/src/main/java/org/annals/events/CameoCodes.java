package org.annals.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.lexicon.LexiconLine;

/**
 * The CAMEO codes Annals can assign, with their Goldstein value, PLOVER type and mode, and quad
 * class. Loaded from the versioned data file {@code org/annals/events/cameo.tsv}.
 */
public final class CameoCodes {
  /** One code's facts. {@code ploverType} and {@code ploverMode} are null when PLOVER has none. */
  public record Code(
      String cameo, double goldstein, String ploverType, String ploverMode, String label) {
    /**
     * GDELT's quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.
     */
    public int quadClass() {
      return CameoCodes.quadClass(cameo);
    }

    /** The two-digit root ("04" for "041"). */
    public String root() {
      return cameo.substring(0, 2);
    }
  }

  private static final CameoCodes STANDARD = load("cameo.tsv");

  private final Map<String, Code> codes;

  private CameoCodes(Map<String, Code> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  public static CameoCodes standard() {
    return STANDARD;
  }

  public Optional<Code> get(String cameo) {
    return Optional.ofNullable(codes.get(cameo));
  }

  /** The code's facts, falling back to its root's for a code the table lacks. */
  public Code require(String cameo) {
    Code c = codes.get(cameo);
    if (c == null && cameo != null && cameo.length() >= 2) {
      c = codes.get(cameo.substring(0, 2));
    }
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO code: " + cameo);
    }
    return c;
  }

  /**
   * An event's facts: its CAMEO code's, with the PLOVER type and mode its coding entry gives where
   * the codebook departs from the crosswalk ("sentenced": 173, SANCTION/convict).
   */
  public Code of(Event e) {
    Code c = require(e.cameo());
    if (e.plover() == null) {
      return c;
    }
    int slash = e.plover().indexOf('/');
    String type = slash < 0 ? e.plover() : e.plover().substring(0, slash);
    String mode = slash < 0 ? null : e.plover().substring(slash + 1);
    return new Code(c.cameo(), c.goldstein(), type, mode, c.label());
  }

  public Map<String, Code> all() {
    return codes;
  }

  public static int quadClass(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }

  private static CameoCodes load(String resource) {
    return LexiconLine.load(CameoCodes.class, resource, CameoCodes::parse);
  }

  private static CameoCodes parse(List<LexiconLine> lines, String name) {
    Map<String, Code> out = new LinkedHashMap<>();
    for (LexiconLine l : lines) {
      String[] f = l.fields();
      if (f.length != 5 || !f[0].matches("\\d{2,4}")) {
        throw l.error("expected 5 columns: " + l.text());
      }
      out.put(
          f[0],
          new Code(
              f[0],
              Double.parseDouble(f[1]),
              f[2].equals("-") ? null : f[2],
              f[3].equals("-") ? null : f[3],
              f[4]));
    }
    return new CameoCodes(out);
  }
}
