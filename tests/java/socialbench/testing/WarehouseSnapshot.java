package socialbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The full contents of a warehouse's tables, read by path, as sorted text rows per table — for
 * comparing two warehouses exactly (re-runs, killed runs, concurrent runs). Columns that name a run or
 * a wall-clock time are left out; everything else must be identical.
 */
public final class WarehouseSnapshot {
  private static final Set<String> VOLATILE = Set.of("_ingested_run", "run_id", "started_at", "finished_at", "replaced_sha256_run");

  private WarehouseSnapshot() {}

  public static TreeMap<String, List<String>> of(SparkSession spark, Path warehouse, List<String> databases) throws IOException {
    TreeMap<String, List<String>> out = new TreeMap<>();
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
          List<String> rows = new ArrayList<>();
          for (Row r : df.select(cols.toArray(new Column[0])).collectAsList()) {
            Object[] vals = new Object[r.length()];
            for (int i = 0; i < r.length(); i++) vals[i] = r.get(i);
            rows.add(Arrays.toString(vals));
          }
          rows.sort(null);
          out.put(db + "." + name, rows);
        }
      }
    }
    return out;
  }
}
