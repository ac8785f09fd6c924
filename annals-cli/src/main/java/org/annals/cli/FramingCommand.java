package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annals.framing.FramingTerms;
import org.annals.framing.FramingTerms.Term;
import org.annals.framing.Outlets;
import org.annals.store.ArticleStore;
import org.annals.store.FramingLens;
import org.annals.store.StoredActor;
import org.annals.store.read.Framings.ActorFraming;
import org.annals.store.read.Framings.EventFraming;
import org.annals.store.read.Framings.OutletFraming;
import org.annals.store.read.Framings.ReportWording;
import org.annals.store.read.Framings.Use;
import org.annals.store.read.Records;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "framing",
    mixinStandardHelpOptions = true,
    description = {
      "The framing lens: how each outlet names an actor, or how each report words one event.",
      "",
      "--actor X lists, per outlet (the article's agency, else its site name, else its URL's host;"
          + " 'IRNA', 'IRNA news agency' and irna.ir are one outlet), the names it uses for X and"
          + " the labels it puts on X (the phrase X sits in: 'the Hamas terrorist movement',"
          + " 'militants from Hamas', 'the resistance movement Hamas', 'Hamas, the group that …'),"
          + " with counts, their loaded terms and classes (illegitimacy, legitimacy, violence,"
          + " side, neutral) and an example sentence each.",
      "--event ID lists each report of one event (cluster): its outlet, the word it chose"
          + " ('martyred', 'killed'), the words for source and target, and the labels of its"
          + " sentence.",
      "",
      "QUOTED counts the uses inside quoted words: a speaker's words that the outlet reports, not"
          + " its own; the classes after each outlet count its own words only.",
      "",
      "Terms and classes come from the bundled lexicon (org/annals/framing/framing-terms.tsv)"
          + " and any framing-terms.tsv in a --kb directory; outlets from outlets.tsv likewise."
          + " Articles stored before labels existed (Annals before issue 19) have names but no"
          + " labels until ingested again into a new store.",
      "",
      "Examples:  annals framing --actor Hamas",
      "           annals framing --actor ISR --from 2023-10-01 --format csv > israel.csv",
      "           annals framing --min-mentions 100 --top 5",
      "           annals framing --event 646c4914780cfe22-e1"
    })
final class FramingCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  static final class Which {
    @Option(
        names = "--actor",
        paramLabel = "ID_OR_NAME",
        required = true,
        description = "An actor id, or a name or alias (from 'annals actors').")
    String actor;

    @Option(
        names = "--min-mentions",
        paramLabel = "N",
        required = true,
        description = "Every actor mentioned N times or more, most mentioned first, as --actor.")
    Integer minMentions;

    @Option(
        names = "--event",
        paramLabel = "ID",
        required = true,
        description = "A cluster id, or the id of any of its events (from 'annals events').")
    String event;
  }

  @ArgGroup(multiplicity = "1")
  Which which;

  @Mixin DateRangeOptions dates;

  @Option(
      names = "--top",
      paramLabel = "N",
      description =
          "Names and labels shown per outlet, most used first (default: ${DEFAULT-VALUE}).")
  int top = 10;

  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description =
          "Extra knowledge base directory (repeatable) whose framing-terms.tsv and outlets.tsv"
              + " add to the bundled ones.")
  List<Path> kb = new ArrayList<>();

  @Mixin ListingOptions listing;

  /** The rows of every actor asked, for one CSV with one header. */
  private final List<Map<String, Object>> csvRows = new ArrayList<>();

  @Override
  public Integer call() {
    dates.check();
    if (top < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--top must be at least 1, got " + top);
    }
    List<Path> dirs = KbCommand.directories(kb);
    FramingTerms terms = FramingTerms.load(dirs);
    Outlets outlets = Outlets.load(dirs);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = ArticleStore.open(root.db)) {
      FramingLens lens = store.framing(terms, outlets);
      if (which.actor != null) {
        Optional<StoredActor> asked = resolve(store, which.actor);
        if (asked.isEmpty()) {
          return Main.SOME_FAILED;
        }
        actor(out, lens.actor(asked.get(), dates.from, dates.to, top));
      } else if (which.minMentions != null) {
        boolean firstOne = true;
        for (StoredActor a : store.actors(null)) {
          if (a.mentions() < which.minMentions) {
            break; // most mentioned first
          }
          if (!firstOne && listing.chosen() == Output.Format.table) {
            out.println();
          }
          firstOne = false;
          actor(out, lens.actor(a, dates.from, dates.to, top));
        }
      } else {
        String cluster = store.clusterOfEvent(which.event).orElse(null);
        if (cluster == null) {
          spec.commandLine().getErr().println("annals: no event or cluster '" + which.event + "'");
          return Main.SOME_FAILED;
        }
        event(out, lens.cluster(cluster));
      }
    }
    if (listing.chosen() == Output.Format.csv && which.event == null) {
      Output.write(out, Output.Format.csv, csvRows, List.of());
    }
    return Main.OK;
  }

  /**
   * The actor an id or name means: the id itself; else the most mentioned actor named so exactly
   * (name or alias, any case); else the one actor whose names contain it.
   */
  private Optional<StoredActor> resolve(ArticleStore store, String asked) {
    Optional<StoredActor> byId = store.actor(asked);
    if (byId.isPresent()) {
      return byId;
    }
    List<StoredActor> found = store.actors(asked);
    String lower = asked.toLowerCase(Locale.ROOT);
    Optional<StoredActor> exact =
        found.stream()
            .filter(
                a ->
                    a.name().toLowerCase(Locale.ROOT).equals(lower)
                        || a.aliases().stream()
                            .anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(lower)))
            .findFirst(); // most mentioned first
    if (exact.isPresent()) {
      return exact;
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    spec.commandLine()
        .getErr()
        .println(
            found.isEmpty()
                ? "annals: no actor matches '" + asked + "'"
                : "annals: "
                    + found.size()
                    + " actors match '"
                    + asked
                    + "', name one by id: "
                    + found.stream().limit(10).map(StoredActor::id).toList());
    return Optional.empty();
  }

  private void actor(PrintWriter out, ActorFraming f) {
    Output.Format format = listing.chosen();
    if (format == Output.Format.jsonl) {
      for (OutletFraming o : f.outlets()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("actor", f.actor());
        row.put("name", f.name());
        row.putAll(Records.map(o));
        out.println(Output.json(row));
      }
      out.flush();
      return;
    }
    List<Map<String, Object>> all = new ArrayList<>();
    if (format == Output.Format.table) {
      out.printf("%s (%s): %d outlet(s)%n", f.name(), f.actor(), f.outlets().size());
    }
    for (OutletFraming o : f.outlets()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Use u : o.labels()) {
        rows.add(use(f, o, "label", u));
      }
      for (Use u : o.names()) {
        rows.add(use(f, o, "name", u));
      }
      if (format == Output.Format.table) {
        out.printf(
            "%n== %s%s: %d article(s), %d mention(s)%s%n",
            o.outlet(),
            switch (o.outletFrom()) {
              case "agency" -> " (by its agency code)";
              case "site" -> " (by its site name)";
              case "url" -> " (by its URL)";
              default -> "";
            },
            o.articles(),
            o.mentions(),
            o.classes().isEmpty()
                ? ""
                : "; "
                    + o.classes().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        Output.write(
            out, format, rows, List.of("kind", "text", "count", "quoted", "terms", "example"));
      }
      all.addAll(rows);
    }
    csvRows.addAll(all);
    out.flush();
  }

  private static Map<String, Object> use(ActorFraming f, OutletFraming o, String kind, Use u) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("actor", f.actor());
    r.put("outlet", o.outlet());
    r.put("outlet_from", o.outletFrom());
    r.put("kind", kind);
    r.put("text", u.text());
    r.put("count", u.count());
    r.put("quoted", u.quoted());
    r.put("terms", terms(u.terms()));
    r.put("rule", u.rule());
    r.put("example_article", u.example().article());
    r.put("example_start_raw", u.example().startRaw());
    r.put("example", u.example().text());
    return r;
  }

  /** Terms as "terrorist (illegitimacy), backed (side)"; null when none. */
  private static String terms(List<Term> terms) {
    return terms.isEmpty()
        ? null
        : terms.stream()
            .map(t -> t.term() + " (" + String.join("|", t.classes()) + ")")
            .collect(Collectors.joining(", "));
  }

  private void event(PrintWriter out, EventFraming f) {
    Output.Format format = listing.chosen();
    if (format == Output.Format.jsonl) {
      f.reports().forEach(r -> out.println(Output.json(r)));
      out.flush();
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReportWording r : f.reports()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cluster", f.cluster());
      m.put("event", r.event());
      m.put("outlet", r.outlet());
      m.put("published", r.published());
      m.put("cameo", r.cameo());
      m.put("word", r.trigger());
      m.put("word_terms", terms(r.triggerTerms()));
      m.put("source", r.source());
      m.put("target", r.target());
      m.put(
          "labels",
          r.labels().isEmpty()
              ? null
              : r.labels().stream()
                  .map(
                      l ->
                          l.actor()
                              + ": "
                              + l.label()
                              + (l.terms().isEmpty() ? "" : " [" + terms(l.terms()) + "]"))
                  .collect(Collectors.joining("; ")));
      m.put("sentence", r.sentence().text());
      rows.add(m);
    }
    if (format == Output.Format.table) {
      out.printf("Cluster %s: %d report(s)%n", f.cluster(), rows.size());
    }
    Output.write(
        out,
        format,
        rows,
        List.of(
            "outlet", "published", "word", "word_terms", "source", "target", "labels", "sentence"));
  }
}
