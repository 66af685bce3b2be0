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

/**
 * The full contents of a warehouse's tables, read by path, as sorted text rows per table — for
 * comparing two warehouses exactly (re-runs, killed runs, concurrent runs). Columns that name a run or
 * a wall-clock time are left out; everything else must be identical. A row is its values cast to strings,
 * written as {@code [v1, null, v3]}.
 *
 * <p>All tables are read by one statement (a UNION ALL of one {@code (table, values)} scan per table) and
 * collected once: on test-sized warehouses a statement's cost is fixed (planning, a Spark job, Delta's file
 * listing), so one statement per table cost several times as much for the same rows.
 */
public final class WarehouseSnapshot {
  private static final Set<String> VOLATILE = Set.of("_ingested_run", "run_id", "started_at", "finished_at", "replaced_sha256_run");

  private WarehouseSnapshot() {}

  public static TreeMap<String, List<String>> of(SparkSession spark, Path warehouse, List<String> databases) throws IOException {
    TreeMap<String, List<String>> out = new TreeMap<>();
    Dataset<Row> all = null;
    for (String db : databases) {
      Path dbDir = warehouse.resolve(db + ".db");
      if (!Files.isDirectory(dbDir)) continue;
      try (Stream<Path> tables = Files.list(dbDir)) {
        for (Path t : tables.sorted().toList()) {
          String name = t.getFileName().toString();
          if (name.startsWith("_") || name.startsWith(".") || !Files.isDirectory(t)) continue;
          Dataset<Row> df = Files.isDirectory(t.resolve("_delta_log"))
              ? spark.read().format("delta").load(t.toString())
              : spark.read().parquet(t.toString());
          List<Column> cols = new ArrayList<>();
          for (String c : df.columns()) {
            if (!VOLATILE.contains(c)) cols.add(df.col("`" + c + "`").cast("string"));
          }
          String table = db + "." + name;
          out.put(table, new ArrayList<>());
          Dataset<Row> rows = df.select(functions.lit(table).as("t"),
              functions.array(cols.toArray(new Column[0])).cast("array<string>").as("v"));
          all = all == null ? rows : all.unionAll(rows);
        }
      }
    }
    if (all != null) {
      for (Row r : all.collectAsList()) out.get(r.getString(0)).add(r.getList(1).toString());
    }
    out.values().forEach(rows -> rows.sort(null));
    return out;
  }
}
