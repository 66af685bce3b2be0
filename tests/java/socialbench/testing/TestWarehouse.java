package socialbench.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseCatalog;

/** The shared test SparkSession plus this test class's own warehouse directory and settings. */
public record TestWarehouse(SparkSession spark, Settings settings, Path dir) {

  public Warehouse warehouse() {
    return Warehouse.of(settings);
  }

  public WarehouseCatalog catalog() {
    return new WarehouseCatalog(spark, warehouse(), settings);
  }

  /** The same warehouse with one more setting (e.g. a smaller minimum cohort size). */
  public TestWarehouse with(String key, Object value) {
    return new TestWarehouse(spark, settings.with(key, value), dir);
  }

  /**
   * Command-line options that point a subcommand run in this JVM at this warehouse, with the test session's
   * shuffle and Delta snapshot partitions ({@link #partitionOptions}); the command's other settings are
   * conf/socialbench.conf's.
   */
  public String[] cliOptions() {
    return cliOptions(dir);
  }

  /** {@link #cliOptions()} for another warehouse directory (a night of the class's own, a copy). */
  public String[] cliOptions(Path warehouse) {
    List<String> options = new ArrayList<>(List.of("--warehouse", warehouse.toString(), "--master", "local[2]"));
    options.addAll(List.of(partitionOptions()));
    return options.toArray(String[]::new);
  }

  /**
   * The test session's shuffle and Delta snapshot partitions ({@link SparkTestExtension#testSettings}) as
   * {@code -D} options of a subcommand (1 and 1, against conf/socialbench.conf's 2 and 1; with the 8 and 4
   * that file had before 2026-12-07 a small night cost about a quarter more CPU, docs/performance.md).
   */
  public String[] partitionOptions() {
    return SparkTestExtension.partitionOptions(settings);
  }
}
