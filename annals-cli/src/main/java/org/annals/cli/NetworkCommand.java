package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.StoredActor;
import org.annals.store.read.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "The actor-to-actor contact network: actors as nodes (kind, country, sector), one edge per"
          + " source, target and event type, weighted by the number of distinct real-world events,"
          + " with their dates. GraphML and GEXF open in Gephi and Cytoscape; DOT in Graphviz.",
      "",
      "Examples:",
      "  annals network --format graphml --out contacts.graphml",
      "  annals network --from 2024-01-01 --format json",
      "  annals network --svg contacts.svg"
    })
final class NetworkCommand implements Callable<Integer> {
  enum Format {
    graphml,
    gexf,
    dot,
    json
  }

  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Mixin DateRangeOptions dates;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "graphml, gexf, dot or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "graphml")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here (default: standard output).")
  Path out;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the network as SVG.")
  Path svg;

  @Override
  public Integer call() throws IOException {
    dates.check();
    Network n;
    try (ArticleStore store = ArticleStore.open(root.db)) {
      Map<String, StoredActor> actors = new HashMap<>();
      for (StoredActor a : store.actors(null)) {
        actors.put(a.id(), a);
      }
      List<Map<String, Object>> clusters =
          Records.maps(
              store.clusters(
                  new ArticleStore.EventFilter(null, null, dates.from, dates.to, null, null)));
      n = Network.of(clusters, actors);
    }
    String text =
        switch (format) {
          case graphml -> n.graphml();
          case gexf -> n.gexf();
          case dot -> n.dot();
          case json -> Output.json(n.json()) + "\n";
        };
    PrintWriter err = spec.commandLine().getErr();
    if (out != null) {
      Output.checkWritable(out);
      Files.writeString(out, text, StandardCharsets.UTF_8);
      err.printf(
          "annals: %d actors, %d edges written to %s%n", n.nodes.size(), n.edges.size(), out);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    if (svg != null) {
      Output.checkWritable(svg);
      Files.writeString(svg, n.svg(), StandardCharsets.UTF_8);
      err.println("annals: network drawn to " + svg);
    }
    return Main.OK;
  }
}
