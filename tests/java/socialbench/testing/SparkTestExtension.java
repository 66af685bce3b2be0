package socialbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;

/**
 * One SparkSession per test JVM (local[2], 1 shuffle partition, UI off) and a fresh warehouse
 * directory per test class, deleted when the class ends ({@code -Dsocialbench.test.keep-warehouses=true}
 * keeps them in the temp directory, as {@code socialbench-wh-<Class>-*}, for a look after a run). Tests receive a {@link TestWarehouse} as a constructor, {@code @BeforeAll}
 * or test-method parameter.
 *
 * <pre>
 * &#64;ExtendWith(SparkTestExtension.class)
 * class MyTest {
 *   &#64;Test void something(TestWarehouse wh) { wh.spark().sql("select 1"); }
 * }
 * </pre>
 */
public final class SparkTestExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SparkTestExtension.class);
  private static SparkSession shared;

  /** Settings every test session uses; the warehouse differs per class. */
  public static Settings testSettings(Path warehouse) {
    return Settings.defaults()
        .with("socialbench.warehouse", warehouse.toString())
        .with("socialbench.spark.master", "local[2]")
        // One partition per shuffle, scan and Delta snapshot: test data is tiny, and every task deserialises
        // its stage's whole plan (for Delta's file listings, the AddFile encoder's expression trees). With 2
        // each, RemovedPostsTest alone took 264 s of CPU; with 1, 195 s (with -XX:+UseParallelGC, pom.xml).
        .with("spark.sql.shuffle.partitions", "1")
        .with("spark.default.parallelism", "1")
        .with("spark.databricks.delta.snapshotPartitions", "1")
        .with("spark.ui.enabled", "false")
        .with("spark.sql.adaptive.enabled", "false");
  }

  /** The test session's partition settings that commands, processes and spark-submits of tests are given too. */
  public static final List<String> PARTITION_KEYS = List.of("spark.sql.shuffle.partitions", "spark.databricks.delta.snapshotPartitions");

  /** {@link #PARTITION_KEYS} of {@code settings} as {@code -Dkey=value} options of a subcommand. */
  public static String[] partitionOptions(Settings settings) {
    java.util.Map<String, String> spark = settings.sparkConf();
    return PARTITION_KEYS.stream().map(k -> "-D" + k + "=" + spark.get(k)).toArray(String[]::new);
  }

  /** {@code -Dsocialbench.test.spark="k=v;k=v"}: Spark settings on top of {@link #testSettings}, for measuring one. */
  private static Settings withExperiment(Settings settings) {
    String extra = System.getProperty("socialbench.test.spark", "");
    for (String kv : extra.split(";")) {
      int eq = kv.indexOf('=');
      if (eq > 0) settings = settings.with(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    return settings;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Path dir = Files.createTempDirectory("socialbench-wh-" + context.getRequiredTestClass().getSimpleName() + "-");
    Settings settings = withExperiment(testSettings(dir));
    synchronized (SparkTestExtension.class) {
      if (shared != null) {
        resetCatalog(shared);
      }
      shared = SparkSessions.start(settings);
    }
    context.getStore(NS).put(TestWarehouse.class, new TestWarehouse(shared, settings, dir));
  }

  /**
   * Deletes the class's warehouse directory (a whole suite leaves ≈ 60 of them, ≈ 90 MB, in the temp
   * directory otherwise). The session's catalog still names its tables until the next class forgets them;
   * nothing reads them after the class.
   */
  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    TestWarehouse wh = context.getStore(NS).get(TestWarehouse.class, TestWarehouse.class);
    if (wh == null || Boolean.getBoolean("socialbench.test.keep-warehouses")) return;
    SharedFixture.delete(wh.dir());
  }

  /** Forget the previous class's databases and tables (their files stay in that class's temp dir). */
  private static void resetCatalog(SparkSession spark) {
    for (Row db : spark.sql("SHOW DATABASES").collectAsList()) {
      String name = db.getString(0);
      if (!"default".equals(name)) {
        spark.sessionState().catalog().dropDatabase(name, true, true);
      }
    }
    List<Row> tables = spark.sql("SHOW TABLES IN default").collectAsList();
    for (Row t : tables) {
      spark.sql("DROP TABLE IF EXISTS default.`" + t.getString(1) + "`");
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == TestWarehouse.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    ExtensionContext c = e;
    while (c != null) {
      TestWarehouse wh = c.getStore(NS).get(TestWarehouse.class, TestWarehouse.class);
      if (wh != null) return wh;
      c = c.getParent().orElse(null);
    }
    throw new IllegalStateException("SparkTestExtension did not run beforeAll");
  }
}
