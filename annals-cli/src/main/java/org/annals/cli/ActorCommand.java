package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.StoredActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description = "Show one actor: names, roles with dates, mentions and articles.")
final class ActorCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID_OR_NAME",
      description = "An actor id (from 'annals actors') or a name.")
  String which;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<StoredActor> found;
    try (ArticleStore store = ArticleStore.open(root.db)) {
      found = store.actors(which);
    }
    StoredActor exact = found.stream().filter(a -> a.id().equals(which)).findFirst().orElse(null);
    if (exact == null && found.size() != 1) {
      spec.commandLine()
          .getErr()
          .println(
              found.isEmpty()
                  ? "annals: no actor matches '" + which + "'"
                  : "annals: "
                      + found.size()
                      + " actors match '"
                      + which
                      + "': "
                      + found.stream().map(StoredActor::id).toList());
      return Main.SOME_FAILED;
    }
    StoredActor a = exact != null ? exact : found.get(0);
    out.printf(
        "%s  %s (%s%s)%s%n",
        a.id(),
        a.name(),
        a.kind(),
        a.country() == null ? "" : ", " + a.country(),
        a.known() ? "  [knowledge base]" : "");
    out.println("  sectors:  " + (a.sectors().isEmpty() ? "-" : String.join(", ", a.sectors())));
    out.println("  names:    " + String.join(" | ", a.aliases()));
    out.println(
        "  mentions: "
            + a.mentions()
            + " in "
            + a.articles().size()
            + " articles: "
            + String.join(" ", a.articles()));
    for (var r : a.roles()) {
      // where each office came from: a knowledge base file and line (with its reference), or the
      // article whose words gave it
      out.printf(
          "  role:     %s%s%s  [%s]%n",
          r.title(),
          r.of() == null ? "" : " of " + r.of(),
          r.from() == null && r.to() == null
              ? ""
              : " " + dateOrOpen(r.from()) + " to " + dateOrOpen(r.to()),
          r.article() != null ? "article " + r.article() : r.source());
    }
    out.flush();
    return Main.OK;
  }

  private static String dateOrOpen(Object date) {
    return date == null ? "…" : date.toString();
  }
}
