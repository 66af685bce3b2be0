package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsComeFromTheBundledConfFile() {
    Settings s = Settings.defaults();
    assertEquals("local[*]", s.master());
    assertEquals(5, s.config().getInt("socialbench.privacy.min-cohort-orgs"));
    // the embedded default's Spark sizing (conf/socialbench.conf; docs/performance.md measures it)
    assertEquals("2", s.sparkConf().get("spark.sql.shuffle.partitions"));
    assertEquals("false", s.sparkConf().get("spark.sql.adaptive.enabled"));
    assertEquals("1", s.sparkConf().get("spark.databricks.delta.snapshotPartitions"));
  }

  @Test
  void commandLineOverridesBeatTheConfFileWhichBeatsTheDefaults(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path conf = dir.resolve("site.conf");
    Files.writeString(conf, "socialbench.privacy.min-cohort-orgs = 7\nsocialbench.warehouse = \"/data/wh\"\n");
    Settings s = Settings.load(conf, Map.of("socialbench.warehouse", "/other", "spark.sql.shuffle.partitions", "3"));
    assertEquals(7, s.config().getInt("socialbench.privacy.min-cohort-orgs"));
    assertEquals("/other", s.warehouse());
    assertEquals("3", s.sparkConf().get("spark.sql.shuffle.partitions"));
  }

  @Test
  void sparkSubmitsConfBeatsTheBundledSparkDefaultsButNotSocialbenchsOwnSettings(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // what spark-submit --conf leaves in the driver JVM's system properties
    java.util.Properties jvm = new java.util.Properties();
    jvm.setProperty("spark.sql.shuffle.partitions", "64");
    jvm.setProperty("spark.sql.adaptive.enabled", "true");
    jvm.setProperty("spark.databricks.delta.snapshotPartitions", "8");
    Path conf = dir.resolve("site.conf");
    Files.writeString(conf, "socialbench.spark.conf.\"spark.databricks.delta.snapshotPartitions\" = \"3\"\n");
    Settings s = Settings.load(conf, Map.of("spark.sql.adaptive.enabled", "false"));

    Map<String, String> set = s.sparkConfOver(jvm);
    assertEquals(null, set.get("spark.sql.shuffle.partitions")); // the cluster's 64 stays
    assertEquals("false", set.get("spark.sql.adaptive.enabled")); // socialbench -D beats spark-submit
    assertEquals("3", set.get("spark.databricks.delta.snapshotPartitions")); // so does a --conf FILE
    assertEquals("UTC", set.get("spark.sql.session.timeZone")); // not submitted: the bundled default
    assertEquals(s.sparkConf(), s.sparkConfOver(new java.util.Properties()));
  }

  @Test
  void aMissingConfFileIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Settings.load(Path.of("/nope/x.conf"), Map.of()));
    assertEquals("configuration file not found: /nope/x.conf", e.getMessage());
  }

  @Test
  void warehouseUrisAreKeptAndLocalPathsMadeAbsolute() {
    assertEquals("s3a://bucket/wh", Warehouse.normalise("s3a://bucket/wh/"));
    assertEquals(Path.of("rel").toAbsolutePath().toString(), Warehouse.normalise("rel"));
  }
}
