package socialbench.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * socialbench's configuration: {@code conf/socialbench.conf} (bundled in the jar) with, in increasing
 * priority, JVM system properties, an optional {@code --conf FILE} and {@code -Dkey=value} overrides.
 * Keys that start with {@code spark.} are passed to the SparkSession as they are.
 */
public final class Settings {
  private final Config config;
  private final Map<String, String> sparkOverrides;

  private Settings(Config config, Map<String, String> sparkOverrides) {
    this.config = config;
    this.sparkOverrides = sparkOverrides;
  }

  public static Settings defaults() {
    return load(null, Map.of());
  }

  public static Settings load(Path confFile, Map<String, String> overrides) {
    Map<String, String> spark = new LinkedHashMap<>();
    Map<String, String> own = new LinkedHashMap<>();
    overrides.forEach((k, v) -> (k.startsWith("spark.") ? spark : own).put(k, v));
    Config base =
        ConfigFactory.parseResources(
            Settings.class.getClassLoader(), "conf/socialbench.conf", ConfigParseOptions.defaults().setAllowMissing(false));
    Config cfg = ConfigFactory.systemProperties().withFallback(base);
    if (confFile != null) {
      if (!Files.isRegularFile(confFile)) {
        throw new IllegalArgumentException("configuration file not found: " + confFile);
      }
      cfg = ConfigFactory.parseFile(confFile.toFile()).withFallback(cfg);
    }
    if (!own.isEmpty()) {
      cfg = ConfigFactory.parseMap(own).withFallback(cfg);
    }
    return new Settings(cfg.resolve(), spark);
  }

  /** Returns a copy with one more override (tests and the demo use this). */
  public Settings with(String key, Object value) {
    if (key.startsWith("spark.")) {
      Map<String, String> spark = new LinkedHashMap<>(sparkOverrides);
      spark.put(key, String.valueOf(value));
      return new Settings(config, spark);
    }
    return new Settings(ConfigFactory.parseMap(Map.of(key, value)).withFallback(config).resolve(), sparkOverrides);
  }

  public Config config() {
    return config;
  }

  public String warehouse() {
    return config.getString("socialbench.warehouse");
  }

  public String inbox() {
    return config.getString("socialbench.inbox");
  }

  public String master() {
    return config.getString("socialbench.spark.master");
  }

  /**
   * The Spark settings a new session sets over what the JVM already holds ({@code jvm}, its system
   * properties): {@link #sparkConf()}, less each key whose value is the bundled conf/socialbench.conf default
   * while the JVM already has that key. {@code spark-submit} hands its {@code --conf} settings (and
   * spark-defaults.conf) to the driver as system properties, so a cluster's own sizing (shuffle partitions,
   * adaptive execution) wins over defaults sized for the embedded local session, while a socialbench
   * {@code --conf FILE} or {@code -Dspark.…} still wins over both.
   */
  public Map<String, String> sparkConfOver(java.util.Properties jvm) {
    Map<String, String> bundled = defaults().sparkConf();
    Map<String, String> out = new LinkedHashMap<>();
    sparkConf().forEach((key, value) -> {
      boolean bundledDefault = !sparkOverrides.containsKey(key) && value.equals(bundled.get(key));
      if (!(bundledDefault && jvm.getProperty(key) != null)) out.put(key, value);
    });
    return out;
  }

  /** Spark settings: {@code socialbench.spark.conf} from the files, then {@code -Dspark.*} overrides. */
  public Map<String, String> sparkConf() {
    Map<String, String> out = new LinkedHashMap<>();
    Config sc = config.getConfig("socialbench.spark.conf");
    for (Map.Entry<String, ConfigValue> e : sc.entrySet()) {
      out.put(stripQuotes(e.getKey()), String.valueOf(e.getValue().unwrapped()));
    }
    out.putAll(sparkOverrides);
    return out;
  }

  private static String stripQuotes(String key) {
    return key.replace("\"", "");
  }
}
