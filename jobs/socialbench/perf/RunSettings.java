package socialbench.perf;

import java.util.LinkedHashMap;
import java.util.Map;
import socialbench.pipeline.LargeWarehouseSettings;
import socialbench.runtime.Settings;

/**
 * The settings a perf run measured with, for its JSON: the Spark settings every step starts from
 * ({@code socialbench.spark.conf} of conf/socialbench.conf and {@code --conf}, then {@code -D} overrides) and
 * the large-warehouse settings ({@link LargeWarehouseSettings}: from how many organizations which keys change).
 * Two runs that differ only by an override then differ in their JSON too.
 */
record RunSettings(Map<String, String> sparkConf, Map<String, Object> largeWarehouse) {

  static RunSettings of(Settings settings) {
    return new RunSettings(settings.sparkConf(), LargeWarehouseSettings.describe(settings));
  }

  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("spark_conf", sparkConf);
    out.put("large_warehouse", largeWarehouse);
    return out;
  }
}
