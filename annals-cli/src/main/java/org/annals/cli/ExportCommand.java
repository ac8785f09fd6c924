package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.AnnalsException;
import org.annals.store.ArticleFacts;
import org.annals.store.ArticleStore;
import org.annals.store.StoredActor;
import org.annals.store.read.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the store. --format gdelt writes GDELT 2.0-style tables: events.tsv (61 columns,"
          + " one row per real-world event) and mentions.tsv (16 columns, one row per report of"
          + " it), no header, tab-separated, in GDELT's column order. Fields Annals does not have"
          + " (tone, geocodes, ethnic and religion codes) are empty; GDELT's FIPS country codes"
          + " are not made up from our ISO ones. --format jsonl writes everything: articles,"
          + " actors, events, clusters and quotes, one JSON object per line.",
      "",
      "Example:  annals export --format gdelt --out export/"
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    gdelt,
    jsonl
  }

  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "gdelt or jsonl.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Files.createDirectories(out);
    if (!Files.isWritable(out)) {
      throw new AnnalsException("cannot write to " + out);
    }
    try (ArticleStore store = ArticleStore.open(root.db)) {
      if (format == Format.gdelt) {
        gdelt(store);
      } else {
        jsonl(store);
      }
    }
    return Main.OK;
  }

  private void jsonl(ArticleStore store) throws IOException {
    write("articles.jsonl", store.articles(null).stream().map(Object.class::cast).toList());
    write("actors.jsonl", store.actors(null).stream().map(Object.class::cast).toList());
    write("events.jsonl", new ArrayList<>(store.events(ArticleStore.EventFilter.ALL)));
    write("clusters.jsonl", new ArrayList<>(store.clusters(ArticleStore.EventFilter.ALL)));
    write("quotes.jsonl", new ArrayList<>(store.quotes(null)));
  }

  private void write(String name, List<Object> rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
      for (Object r : rows) {
        w.write(Output.json(r));
        w.write('\n');
      }
    }
    spec.commandLine()
        .getErr()
        .printf("annals: %d records to %s%n", rows.size(), out.resolve(name));
  }

  @SuppressWarnings("unchecked")
  private void gdelt(ArticleStore store) throws IOException {
    Map<String, ArticleFacts> facts = store.articleFacts();
    Map<String, StoredActor> actors = new java.util.HashMap<>();
    for (StoredActor a : store.actors(null)) {
      actors.put(a.id(), a);
    }
    Map<String, Map<String, Object>> events = new java.util.HashMap<>();
    for (Map<String, Object> e : Records.maps(store.events(ArticleStore.EventFilter.ALL))) {
      events.put((String) e.get("id"), e);
    }
    List<Map<String, Object>> clusters = Records.maps(store.clusters(ArticleStore.EventFilter.ALL));
    int rows = 0;
    int mentionRows = 0;
    try (BufferedWriter ev =
            Files.newBufferedWriter(out.resolve("events.tsv"), StandardCharsets.UTF_8);
        BufferedWriter mv =
            Files.newBufferedWriter(out.resolve("mentions.tsv"), StandardCharsets.UTF_8)) {
      long id = 0;
      for (Map<String, Object> c : clusters) {
        id++;
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Object eid : (List<Object>) c.get("events")) {
          mentions.add(events.get((String) eid));
        }
        Map<String, Object> first = mentions.get(0);
        ArticleFacts firstArticle = facts.get((String) first.get("article"));
        String added = stamp(firstArticle == null ? null : firstArticle.reported());
        List<String> f = new ArrayList<>();
        String date = (String) c.get("date");
        f.add(String.valueOf(id));
        if (date != null && date.length() == 10) {
          LocalDate d = LocalDate.parse(date);
          f.add(date.replace("-", ""));
          f.add(date.substring(0, 7).replace("-", ""));
          f.add(date.substring(0, 4));
          f.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
        } else {
          f.addAll(List.of("", "", "", ""));
        }
        actor(f, (Map<String, Object>) c.get("source"), actors);
        actor(f, (Map<String, Object>) c.get("target"), actors);
        String cameo = (String) c.get("cameo");
        boolean lead = mentions.stream().anyMatch(m -> sentence(m) <= 1);
        f.add(lead ? "1" : "0");
        f.add(cameo);
        f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        f.add(cameo.substring(0, 2));
        f.add(String.valueOf(c.get("quad_class")));
        f.add(String.valueOf(c.get("goldstein")));
        f.add(String.valueOf(c.get("mentions")));
        f.add(String.valueOf(((List<?>) c.get("sources")).size()));
        f.add(String.valueOf(c.get("articles")));
        f.add(""); // AvgTone: not measured
        for (int i = 0; i < 16; i++) {
          f.add(""); // Actor1Geo_*, Actor2Geo_*: not geocoded
        }
        Map<String, Object> loc = (Map<String, Object>) c.get("location");
        f.add(loc == null ? "" : loc.get("name").equals(countryName(loc, actors)) ? "1" : "4");
        f.add(loc == null ? "" : clean(String.valueOf(loc.get("name"))));
        for (int i = 0; i < 6; i++) {
          f.add(""); // ActionGeo country (FIPS), ADM1, ADM2, lat, long, feature id
        }
        f.add(added);
        f.add(
            firstArticle == null
                ? ""
                : clean(firstArticle.url() != null ? firstArticle.url() : firstArticle.source()));
        if (f.size() != 61) {
          throw new IllegalStateException("GDELT events row of " + f.size() + " columns");
        }
        ev.write(String.join("\t", f));
        ev.write('\n');
        rows++;
        for (Map<String, Object> m : mentions) {
          ArticleFacts a = facts.get((String) m.get("article"));
          Map<String, Object> link = (Map<String, Object>) m.get("link");
          Map<String, Object> trigger = (Map<String, Object>) m.get("trigger");
          List<String> g = new ArrayList<>();
          g.add(String.valueOf(id));
          g.add(added);
          g.add(stamp(a == null ? null : a.reported()));
          g.add("1"); // WEB
          g.add(a == null ? "" : clean(a.outlet()));
          g.add(a == null ? "" : clean(a.url() != null ? a.url() : a.source()));
          g.add(String.valueOf(sentence(m) + 1));
          g.add(offset((Map<String, Object>) m.get("source")));
          g.add(offset((Map<String, Object>) m.get("target")));
          g.add(String.valueOf(trigger.get("start")));
          g.add("1");
          g.add(
              link == null
                  ? "100"
                  : String.valueOf(Math.round(((Number) link.get("score")).doubleValue() * 100)));
          g.add(a == null ? "" : String.valueOf(a.rawSize()));
          g.add(""); // MentionDocTone
          g.add(""); // MentionDocTranslationInfo
          g.add("<ANNALS_EVENT>" + m.get("id") + "</ANNALS_EVENT>");
          if (g.size() != 16) {
            throw new IllegalStateException("GDELT mentions row of " + g.size() + " columns");
          }
          mv.write(String.join("\t", g));
          mv.write('\n');
          mentionRows++;
        }
      }
    }
    spec.commandLine()
        .getErr()
        .printf(
            "annals: %d events to %s, %d mentions to %s%n",
            rows, out.resolve("events.tsv"), mentionRows, out.resolve("mentions.tsv"));
  }

  @SuppressWarnings("unchecked")
  private static int sentence(Map<String, Object> m) {
    return ((Number) ((Map<String, Object>) m.get("evidence")).get("sentence")).intValue();
  }

  private static String offset(Map<String, Object> party) {
    return party == null ? "-1" : String.valueOf(party.get("start"));
  }

  private static String countryName(Map<String, Object> loc, Map<String, StoredActor> actors) {
    Object country = loc.get("country");
    StoredActor a = country == null ? null : actors.get((String) country);
    return a == null ? null : a.name();
  }

  /** GDELT's actor columns: code (country + sector), name, country, 6 group codes, 3 types. */
  private static void actor(
      List<String> f, Map<String, Object> party, Map<String, StoredActor> actors) {
    if (party == null) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    String country = party.get("country") == null ? "" : (String) party.get("country");
    String sector = party.get("sector") == null ? "" : (String) party.get("sector");
    String actor = (String) party.get("actor");
    String known = actor != null && actor.startsWith("IGO") ? "IGO" : "";
    f.add(country + (known.isEmpty() ? "" : known) + sector);
    f.add(clean(TimelineCommand.name(party)).toUpperCase(Locale.ROOT));
    f.add(country);
    f.add(known);
    f.add("");
    f.add("");
    f.add("");
    f.add(sector);
    f.add("");
    f.add("");
  }

  private static String stamp(String isoDate) {
    return isoDate == null ? "" : isoDate.replace("-", "") + "000000";
  }

  /**
   * A field as GDELT writes it: tab-separated, never quoted or escaped, so tabs and line breaks
   * become spaces. No CSV library writer here: with quoting on (Commons CSV's TDF, Jackson's CSV) a
   * field holding a quote would come out quoted and GDELT's readers, which split on tabs, would
   * take the quotes for data; with quoting off either is {@code String.join("\t", …)}. Nor is a
   * leading {@code =} neutralised: these tables are read by programs, which want the text as it
   * was.
   */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
