package socialbench.perf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import socialbench.pipeline.LargeWarehouseSettings;
import socialbench.runtime.Settings;

/**
 * The settings a perf run measured with, for its JSON: the Spark settings every step starts from
 * ({@code socialbench.spark.conf} of conf/socialbench.conf and {@code --conf}, then {@code -D} overrides) and
 * the large-warehouse settings ({@link LargeWarehouseSettings}: from how many organizations which keys change).
 * Two runs that differ only by an override then differ in their JSON too. Values of keys that name a secret
 * (an object store's key passed as {@code -Dspark.hadoop.…secret.key}) are written redacted.
 */
record RunSettings(Map<String, String> sparkConf, Map<String, Object> largeWarehouse) {
  /** Keys whose values stay out of the JSON (Spark's own default of spark.redaction.regex, and credentials). */
  private static final Pattern SECRET = Pattern.compile("(?i)secret|password|token|access[.]?key|credential");
  private static final String REDACTED = "*********(redacted)";

  static RunSettings of(Settings settings) {
    Map<String, String> spark = new LinkedHashMap<>();
    settings.sparkConf().forEach((key, value) -> spark.put(key, SECRET.matcher(key).find() ? REDACTED : value));
    return new RunSettings(spark, LargeWarehouseSettings.describe(settings));
  }

  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("spark_conf", sparkConf);
    out.put("large_warehouse", largeWarehouse);
    return out;
  }
}
