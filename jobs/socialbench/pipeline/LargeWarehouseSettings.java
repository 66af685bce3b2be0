package socialbench.pipeline;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.DeltaRows;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;

/**
 * The Spark settings a step runs with, by the warehouse's size: from {@code socialbench.spark.large-warehouse.organizations}
 * rows in {@code dw.dim_organization}, the settings of {@code socialbench.spark.large-warehouse.conf} (Spark's code
 * generation, by default) apply on top of {@code socialbench.spark.conf}; below it, the configured values (or Spark's
 * own defaults for keys nothing sets). Chosen again before every step, so a process that runs
 * nights of different sizes (perf, the tests) never keeps another warehouse's choice. Results are the same either
 * way; only the cost differs: interpreted expressions win where a night is many small queries, generated code where
 * rows dominate (docs/performance.md, "Code generation by warehouse size").
 */
public final class LargeWarehouseSettings {
  static final String ORGANIZATIONS = "socialbench.spark.large-warehouse.organizations";
  static final String CONF = "socialbench.spark.large-warehouse.conf";

  private LargeWarehouseSettings() {}

  /** Sets the session's values for the large-warehouse keys; returns the organizations counted. */
  static long apply(SparkSession spark, Settings settings, PrintStream progress) {
    Map<String, String> large = large(settings);
    if (large.isEmpty()) return -1;
    long organizations = organizations(spark, settings);
    boolean isLarge = organizations >= settings.config().getLong(ORGANIZATIONS);
    // The values the session started with (SparkSessions: spark-submit's --conf wins over bundled defaults).
    Map<String, String> configured = settings.sparkConfOver(System.getProperties());
    for (Map.Entry<String, String> e : large.entrySet()) {
      String value = isLarge ? e.getValue() : configured.getOrDefault(e.getKey(), System.getProperty(e.getKey()));
      if (value == null) spark.conf().unset(e.getKey());
      else spark.conf().set(e.getKey(), value);
    }
    if (isLarge) {
      progress.printf("  %d organizations (>= %d): %s%n", organizations, settings.config().getLong(ORGANIZATIONS), large);
    }
    return organizations;
  }

  /**
   * What the settings say, for a record of a run (perf's JSON): {@code organizations}, the threshold, and
   * {@code conf}, the keys set from it on; empty when no large-warehouse settings are configured.
   */
  public static Map<String, Object> describe(Settings settings) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, String> large = large(settings);
    if (large.isEmpty()) return out;
    out.put("organizations", settings.config().getLong(ORGANIZATIONS));
    out.put("conf", large);
    return out;
  }

  private static Map<String, String> large(Settings settings) {
    Map<String, String> out = new TreeMap<>();
    if (!settings.config().hasPath(CONF)) return out;
    settings.config().getConfig(CONF).entrySet()
        .forEach(e -> out.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped())));
    return out;
  }

  /**
   * Rows of dw.dim_organization (0 before the first model step), read with Delta Kernel: no Spark job. A table
   * that cannot be read counts 0: the choice of settings never fails a step (the model step reports the table).
   */
  private static long organizations(SparkSession spark, Settings settings) {
    try {
      return new DeltaRows(spark.sparkContext().hadoopConfiguration()).count(Warehouse.of(settings).tablePath("dw.dim_organization"));
    } catch (RuntimeException unreadable) {
      return 0;
    }
  }
}
