package socialbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import socialbench.runtime.DeltaRows;

/**
 * The full contents of a warehouse's tables, read by path, as sorted text rows per table — for
 * comparing two warehouses exactly (re-runs, killed runs, concurrent runs). Columns that name a run or
 * a wall-clock time are left out; everything else must be identical. A row is its values cast to strings,
 * written as {@code [v1, null, v3]}.
 *
 * <p>Delta tables are read with Delta Kernel in this JVM ({@link DeltaRows}): a Spark read of a table this
 * session has not read before costs a state reconstruction job and a file listing, ≈ 10 s of CPU for the
 * 30-odd tables of a sample night's warehouse. Plain Parquet tables (bronze) are read by one Spark statement
 * (a UNION ALL of one {@code (table, values)} scan per table). Values are written as Java prints them
 * (Spark's string casts for the Parquet tables): a comparison is always between two snapshots.
 */
public final class WarehouseSnapshot {
  private static final Set<String> VOLATILE = Set.of("_ingested_run", "run_id", "started_at", "finished_at", "replaced_sha256_run");

  private WarehouseSnapshot() {}

  public static TreeMap<String, List<String>> of(SparkSession spark, Path warehouse, List<String> databases) throws IOException {
    TreeMap<String, List<String>> out = new TreeMap<>();
    DeltaRows kernel = new DeltaRows(spark.sparkContext().hadoopConfiguration());
    Dataset<Row> parquet = null;
    for (String db : databases) {
      Path dbDir = warehouse.resolve(db + ".db");
      if (!Files.isDirectory(dbDir)) continue;
      try (Stream<Path> tables = Files.list(dbDir)) {
        for (Path t : tables.sorted().toList()) {
          String name = t.getFileName().toString();
          if (name.startsWith("_") || name.startsWith(".") || !Files.isDirectory(t)) continue;
          String table = db + "." + name;
          List<String> rows = new ArrayList<>();
          out.put(table, rows);
          if (Files.isDirectory(t.resolve("_delta_log"))) {
            int[] read = {0};
            boolean readable = kernel.scan(t.toString(), names -> {
              List<String> kept = names.stream().filter(c -> !VOLATILE.contains(c)).toList();
              read[0] = kept.size();
              return kept;
            }, java.util.Optional.empty(), r -> {
              List<String> values = new ArrayList<>(read[0]);
              for (int i = 0; i < read[0]; i++) values.add(text(r.value(i)));
              rows.add(values.toString());
            });
            if (!readable) throw new IllegalStateException(table + ": " + t + " has a _delta_log but no Delta table could be read from it");
            continue;
          }
          Dataset<Row> df = spark.read().parquet(t.toString());
          List<Column> cols = new ArrayList<>();
          for (String c : df.columns()) {
            if (!VOLATILE.contains(c)) cols.add(df.col("`" + c + "`").cast("string"));
          }
          Dataset<Row> selected = df.select(functions.lit(table).as("t"),
              functions.array(cols.toArray(new Column[0])).cast("array<string>").as("v"));
          parquet = parquet == null ? selected : parquet.unionAll(selected);
        }
      }
    }
    if (parquet != null) {
      for (Row r : parquet.collectAsList()) out.get(r.getString(0)).add(r.getList(1).toString());
    }
    out.values().forEach(rows -> rows.sort(null));
    return out;
  }

  private static String text(Object value) {
    return value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(value);
  }
}
