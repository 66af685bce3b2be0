package socialbench.model;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns the rules of {@code socialbench.model} (conf/model.conf) into small temporary views the SQL
 * models join ({@code cfg_*}), and its scalar settings into named parameters.
 */
final class ConfigViews {
  private final SparkSession spark;
  private final Config model;

  ConfigViews(SparkSession spark, Config config) {
    this.spark = spark;
    this.model = config.getConfig("socialbench.model");
  }

  /** Scalar settings bound as parameters: :calendar_start, :calendar_end, :ads_platform, :link_pattern, :label_pattern. */
  Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("calendar_start", java.sql.Date.valueOf(model.getString("calendar.start")));
    p.put("calendar_end", java.sql.Date.valueOf(model.getString("calendar.end")));
    p.put("ads_platform", model.getString("ads-platform"));
    p.put("link_pattern", model.getString("link-pattern"));
    p.put("label_pattern", "(?i)" + model.getString("objective-label-pattern"));
    return p;
  }

  void register() {
    PatternMatch.register(spark); // matches_pattern: the models match rows against the patterns of these views
    List<Row> platforms = new ArrayList<>();
    int order = 0;
    for (Config c : model.getConfigList("platforms")) {
      platforms.add(RowFactory.create(c.getString("platform"), c.getString("display-name"), c.getString("category"), ++order));
    }
    view("cfg_platforms", schema("platform", "display_name", "category").add("sort_order", DataTypes.IntegerType), platforms);

    List<Row> priority = new ArrayList<>();
    Config prio = model.getConfig("post-source-priority");
    for (String k : prio.root().keySet()) priority.add(RowFactory.create(k, prio.getInt(k)));
    view("cfg_post_source_priority", schema("source_format").add("priority", DataTypes.IntegerType), priority);

    List<Row> types = new ArrayList<>();
    order = 0;
    for (Config c : model.getConfigList("post-types")) {
      types.add(RowFactory.create(++order, "(?i)" + c.getString("pattern"), c.hasPath("platform") ? c.getString("platform") : null, c.getString("type")));
    }
    view("cfg_post_types", new StructType().add("rule_order", DataTypes.IntegerType).add("pattern", DataTypes.StringType)
        .add("platform", DataTypes.StringType).add("post_type", DataTypes.StringType), types);

    List<Row> defaults = new ArrayList<>();
    Config dt = model.getConfig("default-post-type");
    for (String k : dt.root().keySet()) defaults.add(RowFactory.create(k, dt.getString(k)));
    view("cfg_default_post_types", schema("platform", "post_type"), defaults);

    List<Row> objectives = new ArrayList<>();
    order = 0;
    for (Config c : model.getConfigList("objectives")) {
      order++;
      for (String t : c.getStringList("types")) objectives.add(RowFactory.create(t, c.getString("objective"), order));
    }
    view("cfg_objectives", schema("post_type", "objective").add("rule_order", DataTypes.IntegerType), objectives);

    // one pattern per topic: any of its keywords as a whole word (one scan of a message per topic, not per keyword)
    List<Row> keywords = new ArrayList<>();
    Config topics = model.getConfig("topics");
    for (String topic : topics.root().keySet()) {
      List<String> words = topics.getStringList(topic);
      if (words.isEmpty()) continue; // a topic without keywords matches nothing
      String anyKeyword = words.stream().map(java.util.regex.Pattern::quote)
          .collect(java.util.stream.Collectors.joining("|"));
      keywords.add(RowFactory.create(topic, "(?i)(^|[^\\p{L}\\p{N}])(?:" + anyKeyword + ")($|[^\\p{L}\\p{N}])"));
    }
    view("cfg_topic_keywords", schema("topic", "pattern"), keywords);

    List<Row> sources = new ArrayList<>();
    order = 0;
    for (Config c : model.getConfigList("source-platforms")) {
      sources.add(RowFactory.create(++order, "(?i)" + c.getString("pattern"), c.getString("platform")));
    }
    view("cfg_source_platforms", new StructType().add("rule_order", DataTypes.IntegerType).add("pattern", DataTypes.StringType)
        .add("platform", DataTypes.StringType), sources);
  }

  private static StructType schema(String... names) {
    StructType s = new StructType();
    for (String n : names) s = s.add(n, DataTypes.StringType);
    return s;
  }

  private void view(String name, StructType schema, List<Row> rows) {
    spark.createDataFrame(rows, schema).createOrReplaceTempView(name);
  }
}
