package socialbench.model;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import socialbench.testing.TestWarehouse;

/**
 * Writes tiny bronze slices the way landing does (Parquet under
 * {@code bronze.db/<format>/_export_date=D}, a corrected file replacing its organization's rows of that date) and the
 * ledger rows that tell {@code model} what a land run for a logical date touched. Columns not given are NULL.
 */
final class Bronze {
  private final TestWarehouse wh;
  private final List<Row> ledger = new ArrayList<>();
  private final List<Row> runs = new ArrayList<>();

  Bronze(TestWarehouse wh) {
    this.wh = wh;
  }

  /** Lands {@code rows} (each "column=value" pairs) as format/org/exportDate by the land run of {@code night}. */
  Bronze land(LocalDate night, String format, String org, String platform, LocalDate exportDate, List<Map<String, Object>> rows) {
    StructType full = BronzeSources.schemaOf(wh.settings().config().getConfig("socialbench.formats." + format));
    StructType schema = new StructType(Arrays.stream(full.fields())
        .filter(f -> !f.name().equals("_export_date")).toArray(StructField[]::new));
    List<Row> out = new ArrayList<>();
    long n = 0;
    for (Map<String, Object> r : rows) {
      n++;
      Object[] v = new Object[schema.size()];
      for (int i = 0; i < v.length; i++) {
        String c = schema.fields()[i].name();
        v[i] = switch (c) {
          case "_platform" -> platform;
          case "_source_file" -> org + "/" + platform + "/" + exportDate + "/" + format + ".csv";
          case "_file_sha256" -> "sha-" + format + "-" + org + "-" + exportDate + "-" + rows.hashCode();
          case "_row_number" -> n + 1;
          case "_ingested_run" -> "land-" + night;
          case "_land_date" -> Date.valueOf(night);
          case "_org_id" -> org;
          default -> convert(r.get(c));
        };
      }
      for (String k : r.keySet()) {
        if (!Arrays.asList(schema.fieldNames()).contains(k)) throw new IllegalArgumentException(format + " has no column " + k);
      }
      out.add(RowFactory.create(v));
    }
    String path = wh.warehouse().tablePath("bronze", format) + "/_export_date=" + exportDate;
    if (new java.io.File(path).isDirectory()) {
      for (Row r : wh.spark().read().schema(schema).parquet(path).collectAsList()) {
        if (!org.equals(r.getAs("_org_id"))) out.add(r);
      }
    }
    wh.spark().createDataFrame(out, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    ledger.add(RowFactory.create("land-" + night, org + "/" + platform + "/" + exportDate + "/" + format, org, platform,
        Date.valueOf(exportDate), format, "landed"));
    runs.add(RowFactory.create("land-" + night, "land", Date.valueOf(night), "succeeded"));
    return this;
  }

  /** Writes the ledger (ops.landed_files, ops.runs) for everything landed since the last call. */
  void commitLedger() {
    StructType lf = new StructType().add("run_id", DataTypes.StringType).add("path", DataTypes.StringType)
        .add("org_id", DataTypes.StringType).add("platform", DataTypes.StringType).add("export_date", DataTypes.DateType)
        .add("format", DataTypes.StringType).add("status", DataTypes.StringType);
    StructType rs = new StructType().add("run_id", DataTypes.StringType).add("job", DataTypes.StringType)
        .add("logical_date", DataTypes.DateType).add("status", DataTypes.StringType);
    wh.spark().createDataFrame(ledger, lf).write().format("delta").mode(SaveMode.Append).save(wh.warehouse().tablePath("ops", "landed_files"));
    wh.spark().createDataFrame(new ArrayList<>(new java.util.LinkedHashSet<>(runs)), rs).write().format("delta").mode(SaveMode.Append)
        .save(wh.warehouse().tablePath("ops", "runs"));
    wh.catalog().register("ops", "landed_files");
    wh.catalog().register("ops", "runs");
    ledger.clear();
    runs.clear();
  }

  static Map<String, Object> rec(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static Object convert(Object v) {
    if (v instanceof Integer i) return i.longValue();
    if (v instanceof LocalDate d) return Date.valueOf(d);
    if (v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}Z")) {
      return Timestamp.from(java.time.Instant.parse(s.replace("Z", ":00Z")));
    }
    return v;
  }
}
