package org.annals.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The batch job behind {@code annals spark ingest}: the pipeline per partition, then the steps that
 * need the whole batch (one record per article, persons merged across articles, linking by block),
 * then one Parquet table per store table under the output. Ids are the store's (article id from the
 * bytes' hash, events and quotes numbered inside their article), so a re-run gives the same rows
 * and overwrites the tables instead of adding to them.
 */
final class SparkIngest {
  /** What a run did. */
  record Summary(
      int files,
      long ok,
      long failed,
      long events,
      long clusters,
      long largestBlock,
      List<String> failures) {}

  private SparkIngest() {}

  static Summary run(
      SparkSession spark, List<String> paths, String out, String linkWith, JobSettings settings) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> files = Inputs.list(paths, spark.sparkContext().hadoopConfiguration());

    Set<String> knownIds = new HashSet<>();
    List<ActorMerge.Occurrence> earlierNames = new ArrayList<>();
    Set<String> earlierActors = new HashSet<>();
    JavaRDD<BlockLinker.Member> earlierEvents = jsc.emptyRDD();
    if (linkWith != null) {
      for (Row r : ParquetTables.read(spark, linkWith, "articles").select("id").collectAsList()) {
        knownIds.add(r.getString(0));
      }
      for (Row r : ParquetTables.read(spark, linkWith, "actors").select("id").collectAsList()) {
        earlierActors.add(r.getString(0));
      }
      // the earlier output's persons were stored before any of this batch
      List<Row> persons =
          ParquetTables.read(spark, linkWith, "actors")
              .filter("surname_key IS NOT NULL")
              .select("surname_key", "id")
              .collectAsList();
      for (int i = 0; i < persons.size(); i++) {
        Row r = persons.get(i);
        earlierNames.add(new ActorMerge.Occurrence(r.getString(0), -1, i, null, r.getString(1)));
      }
      earlierEvents =
          ParquetTables.read(spark, linkWith, "events")
              .javaRDD()
              .map(ParquetTables::values)
              .map(e -> new BlockLinker.Member(-1, BlockLinker.mention(e), (String) e[1]))
              .filter(m -> m.mention().linkable());
    }
    Broadcast<Set<String>> known = jsc.broadcast(knownIds);

    // small partitions (about 16 files), so that no core waits long for the last one; the scratch
    // stores are the task threads', so a partition costs nothing of its own
    int slices =
        Math.max(
            1, Math.min(files.size(), Math.max(jsc.defaultParallelism() * 4, files.size() / 16)));
    JavaRDD<ArticleRows> read =
        jsc.parallelize(files, slices).mapPartitions(new PartitionIngest(settings, known));
    // one record per article, the first in input order, as ingest skips a repeated input
    JavaRDD<ArticleRows> articles =
        read.mapToPair(a -> new Tuple2<>(a.id() == null ? "#" + a.seq() : a.id(), a))
            .reduceByKey((x, y) -> x.seq() <= y.seq() ? x : y)
            .values()
            .persist(StorageLevel.MEMORY_AND_DISK());

    // persons: lone surnames join full-named persons as the store joins them, in input order
    Map<String, String> moves =
        articles
            .flatMap(a -> ActorMerge.occurrences(a).iterator())
            .union(jsc.parallelize(earlierNames, 1))
            .groupBy(ActorMerge.Occurrence::key)
            .flatMap(t -> ActorMerge.replay(t._2()).iterator())
            .mapToPair(m -> m)
            .collectAsMap();
    ActorMerge merge = new ActorMerge(new java.util.HashMap<>(moves));
    JavaRDD<ActorMerge.Merged> actors =
        articles
            .flatMapToPair(a -> merge.seen(a).iterator())
            .groupByKey()
            .map(t -> ActorMerge.merge(t._1(), t._2(), earlierActors.contains(t._1())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<ArticleRows> stored =
        articles.map(merge::remap).persist(StorageLevel.MEMORY_AND_DISK());

    // linking: every block on its own, new events after an earlier output's
    JavaRDD<Object[]> events = stored.flatMap(a -> a.rows("events").iterator());
    JavaPairRDD<String, BlockLinker.Member> members =
        stored
            .flatMap(
                a -> {
                  List<BlockLinker.Member> ms = new ArrayList<>();
                  for (Object[] e : a.rows("events")) {
                    ms.add(new BlockLinker.Member(a.seq(), BlockLinker.mention(e), null));
                  }
                  return ms.iterator();
                })
            .union(earlierEvents)
            .mapToPair(
                m ->
                    new Tuple2<>(
                        m.mention().linkable() ? m.mention().block() : "#" + m.mention().id(), m));
    JavaPairRDD<String, Iterable<BlockLinker.Member>> blocks = members.groupByKey();
    JavaRDD<BlockLinker.Link> links =
        blocks
            .flatMap(b -> BlockLinker.link(b._2()).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long largest =
        blocks.filter(b -> !b._1().startsWith("#")).map(b -> count(b._2())).fold(0L, Math::max);
    JavaRDD<Object[]> linked =
        events
            .mapToPair(e -> new Tuple2<>((String) e[EventColumns.ID], e))
            .join(links.filter(l -> !l.earlier()).mapToPair(l -> new Tuple2<>(l.event(), l)))
            .values()
            .map(SparkIngest::withLink);

    ParquetTables.write(spark, out, "articles", stored.flatMap(a -> a.rows("articles").iterator()));
    ParquetTables.write(
        spark, out, "actors", actors.filter(m -> m.actor() != null).map(ActorMerge.Merged::actor));
    ParquetTables.write(spark, out, "actor_aliases", actors.flatMap(m -> m.aliases().iterator()));
    ParquetTables.write(spark, out, "actor_roles", actors.flatMap(m -> m.roles().iterator()));
    for (String table : List.of("mentions", "labels", "quotes")) {
      ParquetTables.write(spark, out, table, stored.flatMap(a -> a.rows(table).iterator()));
    }
    ParquetTables.write(spark, out, "events", linked);
    ParquetTables.write(
        spark,
        out,
        ParquetTables.CLUSTERS,
        links.map(
            l -> new Object[] {l.event(), l.cluster(), l.article(), String.valueOf(l.earlier())}));
    JavaRDD<Object[]> failures =
        articles
            .filter(a -> a.error() != null)
            .map(a -> new Object[] {a.source(), a.id(), a.error()});
    ParquetTables.write(spark, out, ParquetTables.FAILURES, failures);

    long ok = articles.filter(a -> a.id() != null && a.error() == null).count();
    long clusters =
        links.filter(l -> !l.earlier()).map(BlockLinker.Link::cluster).distinct().count();
    List<String> failed =
        failures.map(f -> f[0] + ": " + f[2]).collect().stream().sorted().toList();
    Summary s =
        new Summary(files.size(), ok, failed.size(), linked.count(), clusters, largest, failed);
    articles.unpersist();
    actors.unpersist();
    stored.unpersist();
    links.unpersist();
    known.destroy();
    return s;
  }

  private static long count(Iterable<?> it) {
    long n = 0;
    for (Object o : it) {
      n++;
    }
    return n;
  }

  private static Object[] withLink(Tuple2<Object[], BlockLinker.Link> t) {
    Object[] e = t._1().clone();
    BlockLinker.Link l = t._2();
    e[EventColumns.CLUSTER] = l.cluster();
    e[EventColumns.LINK_WITH] = l.linkWith();
    e[EventColumns.LINK_SCORE] = l.score();
    e[EventColumns.LINK_EVIDENCE] = l.evidence();
    return e;
  }
}
