package org.annals.spark;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command, and the job settings its executors get. */
final class Sessions {
  private Sessions() {}

  /**
   * A session for one command, stopped when it is closed unless it was running before (a test's, or
   * a notebook's), in which case that session is used whatever {@code master} says.
   */
  record Session(SparkSession spark, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        spark.stop();
      }
    }
  }

  static Session session(String master, String app) {
    scala.Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined()) {
      return new Session(running.get(), false);
    }
    return new Session(open(master, app), true);
  }

  /**
   * A session on {@code master}; when null, the master spark-submit chose (its {@code spark.master}
   * property) or else {@code local[*]}.
   */
  static SparkSession open(String master, String app) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", app);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** The session's Hadoop settings ({@code spark.hadoop.*}), for the executors to read with. */
  static Map<String, String> hadoop(SparkSession spark) {
    Map<String, String> out = new HashMap<>();
    for (scala.Tuple2<String, String> kv : spark.sparkContext().getConf().getAll()) {
      if (kv._1().startsWith("spark.hadoop.")) {
        out.put(kv._1().substring("spark.hadoop.".length()), kv._2());
      }
    }
    return out;
  }
}
