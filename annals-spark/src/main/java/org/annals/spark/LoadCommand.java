package org.annals.spark;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.cli.CommandExtension;
import org.annals.cli.Main;
import org.annals.store.ArticleStore;
import org.annals.store.TableRows;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load the Parquet tables of 'spark ingest' into the store (--db: SQLite or PostgreSQL).",
      "",
      "Then every listing, export and 'serve' works on them. Load an earlier output before a later one made with --link-with it: the later one moves the earlier events its batch linked to into their new clusters. Rows the store has already are left as they are, so loading twice changes nothing.",
    })
final class LoadCommand implements Callable<Integer> {
  @ParentCommand Object root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Outputs of 'spark ingest'.")
  List<String> dirs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String db = CommandExtension.database(root);
    // Parquet is read by Spark in this JVM: the one reader of the format the job writes
    try (Sessions.Session session = Sessions.session("local[1]", "annals load");
        ArticleStore store = ArticleStore.open(db)) {
      SparkSession spark = session.spark();
      TableRows tables = store.tables();
      for (String dir : dirs) {
        StringBuilder counts = new StringBuilder();
        for (String table : TableRows.TABLES.keySet()) {
          Iterator<Row> rows = ParquetTables.read(spark, dir, table).toLocalIterator();
          long added = tables.insert(table, new Values(rows));
          counts.append(counts.length() == 0 ? "" : ", ").append(added).append(' ').append(table);
        }
        Iterator<Row> clusters =
            ParquetTables.read(spark, dir, ParquetTables.CLUSTERS)
                .select("event_id", "cluster")
                .toLocalIterator();
        tables.setClusters(
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return clusters.hasNext();
              }

              @Override
              public String[] next() {
                Row r = clusters.next();
                return new String[] {r.getString(0), r.getString(1)};
              }
            });
        out.printf("loaded %s into %s: %s%n", dir, ArticleStore.shown(db), counts);
        out.flush();
      }
    }
    return Main.OK;
  }

  private record Values(Iterator<Row> rows) implements Iterator<Object[]> {
    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Object[] next() {
      return ParquetTables.values(rows.next());
    }
  }
}
