package org.annals.events;

import java.util.Map;

/**
 * CAMEO codes what a statement does, not what it promises: "Finland will give Tanzania a grant" is
 * an expressed intent to provide aid (033), "farmers said they would blockade Paris" a threat
 * (1381), "Syria will not accept refugees" a rejection (12x), "will withdraw unless …" a threat. A
 * cooperative action said to come becomes its intent code; a conflictual one said to come, or made
 * conditional, its threat code; cooperation refused for the future its rejection code. The
 * statement itself is what happened.
 */
final class StatedIntent {
  /** The code to use and the modality that goes with it; {@code how} names the rule, or null. */
  record Coded(String cameo, String modality, String how) {}

  private static final Map<String, String> INTENT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("064", "0314"),
          Map.entry("07", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("08", "035"),
          Map.entry("081", "0351"),
          Map.entry("0841", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"),
          Map.entry("0871", "0356"),
          Map.entry("0874", "0356"));

  private static final Map<String, String> THREAT =
      Map.ofEntries(
          Map.entry("14", "133"),
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("166", "136"),
          Map.entry("17", "132"),
          Map.entry("172", "132"),
          Map.entry("1723", "1323"),
          Map.entry("1724", "1324"),
          Map.entry("173", "137"),
          Map.entry("18", "1383"),
          Map.entry("19", "1384"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("20", "138"),
          Map.entry("204", "1385"));

  private static final Map<String, String> REFUSAL =
      Map.ofEntries(
          Map.entry("03", "120"),
          Map.entry("04", "125"),
          Map.entry("05", "120"),
          Map.entry("06", "121"),
          Map.entry("07", "122"),
          Map.entry("08", "124"),
          Map.entry("0841", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));

  private StatedIntent() {}

  static Coded apply(String cameo, String modality) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    boolean ahead = modality.equals("future") || modality.equals("intended");
    if (ahead && root >= 4 && root <= 8) {
      return new Coded(lookup(INTENT, cameo), "asserted", "stated intent");
    }
    if ((ahead || modality.equals("conditional")) && root >= 14) {
      return new Coded(lookup(THREAT, cameo), "asserted", "threat");
    }
    if (modality.equals("conditional") && root >= 3 && root <= 8) {
      return new Coded("130", "asserted", "threat"); // "will withdraw unless …": a condition set
    }
    if (modality.equals("refused")) {
      return root >= 3 && root <= 8
          ? new Coded(lookup(REFUSAL, cameo), "asserted", "refusal")
          : new Coded(cameo, "negated", null);
    }
    return new Coded(cameo, modality, null);
  }

  /** The most specific mapping: the full code, then its three-digit base, then its root. */
  private static String lookup(Map<String, String> map, String cameo) {
    for (int len = cameo.length(); len >= 2; len--) {
      String v = map.get(cameo.substring(0, len));
      if (v != null) {
        return v;
      }
    }
    throw new IllegalStateException("no mapping for " + cameo);
  }
}
