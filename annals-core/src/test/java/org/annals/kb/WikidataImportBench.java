package org.annals.kb;

import static org.annals.kb.DumpFixture.held;
import static org.annals.kb.DumpFixture.item;
import static org.annals.kb.DumpFixture.items;
import static org.annals.kb.DumpFixture.positionsHeld;
import static org.annals.kb.DumpFixture.string;
import static org.annals.kb.DumpFixture.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Measures the importer on a synthetic dump: {@code java ... WikidataImportBench [N] [.json.gz]}. A
 * tenth of the entities are persons holding positions, a twentieth organisations, the rest other
 * items; each carries labels, descriptions and statements the importer has to skip, as real
 * entities do (real ones are larger still: the rate in MB/s says more about a full dump than the
 * rate in entities/s). Not a test: it prints, it asserts nothing.
 */
public final class WikidataImportBench {
  private WikidataImportBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String ext = args.length > 1 ? args[1] : ".json.gz";
    Path dir = Files.createTempDirectory("wikidata-bench");
    Path dump = DumpFixture.write(dir.resolve("synthetic" + ext), entities(n));
    long bytes = Files.size(dump);
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    ImportReport report =
        new WikidataImporter(200_000, r -> System.err.println("  " + r.progressLine()))
            .importDump(dump, dir.resolve("wikidata-synthetic.jsonl"));
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    long out = Files.size(dir.resolve("wikidata-synthetic.jsonl"));
    report.summary().forEach(System.out::println);
    System.out.printf(
        "dump %s: %,d bytes on disk, %,d uncompressed, %.1f MB/s uncompressed; actors file %,d bytes%n",
        dump.getFileName(), bytes, uncompressed, uncompressed / 1e6 / report.seconds(), out);
    // the machine is shared: CPU time says what the importer costs, wall time what others left
    System.out.printf(
        "CPU %.1f s of %.1f s wall: %,.0f entities per CPU second, %.1f MB per CPU second%n",
        cpu, report.seconds(), report.entities() / cpu, uncompressed / 1e6 / cpu);
    Files.delete(dump);
    Files.delete(dir.resolve("wikidata-synthetic.jsonl"));
    Files.delete(dir);
  }

  private static long uncompressed;

  /** The i-th entity is made when asked for, so that a million do not sit in memory. */
  private static List<String> entities(int n) {
    return new AbstractList<>() {
      @Override
      public String get(int i) {
        String e = entity(i, n);
        uncompressed += e.length() + 2;
        return e;
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  private static String entity(int i, int n) {
    if (i == 0) {
      return item("Q30", "United States", List.of(), items("P31", "Q6256"), string("P298", "USA"));
    }
    Random random = new Random(i);
    String q = "Q" + (1000 + i);
    String bulk = bulk(random, i);
    if (i % 10 == 0) {
      // each person holds the position of an entity 7 further on: it comes after the person
      return item(
          q,
          "Person " + i,
          List.of("P. " + i),
          items("P31", "Q5"),
          items("P27", "Q30"),
          positionsHeld(
              held(
                  "Q" + (1000 + (i + 7) % n),
                  time("+2001-02-03T00:00:00Z", 11),
                  time("+2005-00-00T00:00:00Z", 9),
                  "Q30")),
          bulk);
    }
    if (i % 20 == 5) {
      return item(
          q, "Organisation " + i, List.of(), items("P31", "Q7278"), items("P17", "Q30"), bulk);
    }
    return item(q, "Thing " + i, List.of(), items("P31", "Q" + random.nextInt(100_000)), bulk);
  }

  /** Statements of properties the importer skips, with references, about a kilobyte. */
  private static String bulk(Random random, int i) {
    List<String> claims = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      claims.add(
          items("P" + (100 + p), "Q" + random.nextInt(1_000_000))
              .replace(
                  "\"rank\":\"normal\"",
                  "\"rank\":\"normal\",\"references\":[{\"hash\":\""
                      + Integer.toHexString(i * 31 + p)
                      + "\",\"snaks\":{\"P143\":[{\"snaktype\":\"value\",\"property\":\"P143\"}]}}]"));
    }
    return String.join(",", claims);
  }
}
