package socialbench.perf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import socialbench.land.ColumnSpec;
import socialbench.land.ColumnType;
import socialbench.land.FormatCatalog;
import socialbench.land.FormatSpec;

/**
 * Spark's bare CSV reader on the plain CSV files the measured night landed (zip members and workbooks
 * excluded: Spark cannot read them), one read per format with an explicit schema built from the format's
 * configured columns (text, dates and timestamps as STRING, numbers as DOUBLE — "2633.0" is no valid
 * BIGINT for Spark), each written as Parquet. Rows are the rows landing read from those same files.
 */
public final class SparkCsvBaseline {
  private static final String NIGHT_CSV_FILES =
      "select f.format, f.path, f.rows_read from ops.landed_files f join ops.runs r on f.run_id = r.run_id"
          + " where r.job = 'land' and r.logical_date = :ds and r.status = 'succeeded'"
          + " and f.status in ('landed', 'replaced') and f.format is not null"
          + " and lower(f.path) like '%.csv' and f.path not like '%!%' order by f.format, f.path";

  private final SparkSession spark;
  private final FormatCatalog formats;

  SparkCsvBaseline(SparkSession spark, FormatCatalog formats) {
    this.spark = spark;
    this.formats = formats;
  }

  /** Seconds, files and rows of Spark reading the night's CSV files and writing them as Parquet. */
  public record Result(int files, long rows, double seconds, int formats) {
    public double rowsPerSecond() {
      return seconds > 0 ? rows / seconds : 0;
    }
  }

  Result run(LocalDate night, Path inbox, Path out) {
    Map<String, List<String>> byFormat = new LinkedHashMap<>();
    long rows = 0;
    int files = 0;
    for (Row r : spark.sql(NIGHT_CSV_FILES, Map.of("ds", java.sql.Date.valueOf(night))).collectAsList()) {
      byFormat.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(inbox.resolve(r.getString(1)).toString());
      rows += r.getLong(2);
      files++;
    }
    long t0 = System.nanoTime();
    for (Map.Entry<String, List<String>> e : byFormat.entrySet()) {
      spark.read().option("header", "true").schema(schemaOf(formats.get(e.getKey())))
          .csv(e.getValue().toArray(new String[0]))
          .write().mode("overwrite").parquet(out.resolve(e.getKey()).toString());
    }
    return new Result(files, rows, (System.nanoTime() - t0) / 1e9, byFormat.size());
  }

  static StructType schemaOf(FormatSpec format) {
    StructType schema = new StructType();
    for (ColumnSpec c : format.columns()) {
      boolean text = c.type() == ColumnType.STRING || c.type() == ColumnType.TIMESTAMP || c.type() == ColumnType.DATE;
      schema = schema.add(c.name(), text ? DataTypes.StringType : DataTypes.DoubleType);
    }
    return schema;
  }
}
