package org.annals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.store.TableRows;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output's Parquet tables, one directory each under the output: the store's tables with the
 * store's columns ({@link TableRows#TABLES}), {@code clusters} (which cluster each event of the
 * batch is in, and the events of an earlier output whose cluster this batch changed) and {@code
 * failures} (every input that failed, with its reason).
 */
final class ParquetTables {
  static final String CLUSTERS = "clusters";
  static final String FAILURES = "failures";

  /** Columns of the tables the store does not have: all text. */
  static final Map<String, List<String>> EXTRA =
      Map.of(
          CLUSTERS, List.of("event_id", "cluster", "article_id", "earlier"),
          FAILURES, List.of("source", "article_id", "error"));

  private ParquetTables() {}

  static StructType schema(String table) {
    List<StructField> fields = new ArrayList<>();
    if (EXTRA.containsKey(table)) {
      for (String c : EXTRA.get(table)) {
        fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
      }
    } else {
      for (TableRows.Column c : TableRows.TABLES.get(table)) {
        fields.add(DataTypes.createStructField(c.name(), type(c.kind()), true));
      }
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(TableRows.Kind kind) {
    return switch (kind) {
      case TEXT -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case REAL -> DataTypes.DoubleType;
      case BINARY -> DataTypes.BinaryType;
    };
  }

  /** Writes a table over what the output held under its name (a re-run replaces it). */
  static void write(SparkSession spark, String out, String table, JavaRDD<Object[]> rows) {
    spark
        .createDataFrame(rows.map(RowFactory::create), schema(table))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path(out, table));
  }

  static Dataset<Row> read(SparkSession spark, String dir, String table) {
    return spark.read().schema(schema(table)).parquet(path(dir, table));
  }

  /** A row's values in column order. */
  static Object[] values(Row r) {
    Object[] v = new Object[r.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.isNullAt(i) ? null : r.get(i);
    }
    return v;
  }

  static String path(String dir, String table) {
    return dir.endsWith("/") ? dir + table : dir + "/" + table;
  }
}
