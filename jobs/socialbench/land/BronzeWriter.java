package socialbench.land;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseCatalog;

/**
 * Writes one bronze table per run with one Spark job: every slice (export date × org) touched by the run
 * is rewritten whole, by dynamic partition overwrite, from the rows of the files that should be in it —
 * the new files plus the earlier files of that slice that were not replaced (read back first). Spark
 * writes into a staging directory and moves each partition into place on commit, so a crash before the
 * commit leaves the previous slices as they were.
 */
final class BronzeWriter {
  private final SparkSession spark;
  private final Warehouse warehouse;
  private final WarehouseCatalog catalog;

  BronzeWriter(SparkSession spark, Warehouse warehouse, WarehouseCatalog catalog) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.catalog = catalog;
  }

  String path(FormatSpec format) {
    return warehouse.tablePath("bronze", format.name());
  }

  /**
   * @param newRows rows of the files landed now (already with lineage)
   * @param slices every slice being rewritten
   * @param keptShas earlier files of those slices whose rows stay
   */
  void write(FormatSpec format, List<Row> newRows, Set<Slice> slices, Set<String> keptShas) {
    StructType schema = BronzeSchema.of(format);
    List<Row> rows = new ArrayList<>(newRows);
    if (!keptShas.isEmpty()) rows.addAll(keptRows(format, schema, slices, keptShas));
    Set<Slice> filled = new HashSet<>();
    for (Row r : rows) {
      Object d = r.get(schema.fieldIndex("_export_date"));
      java.time.LocalDate date = d instanceof java.sql.Date sd ? sd.toLocalDate() : (java.time.LocalDate) d;
      filled.add(new Slice(date, r.getString(schema.fieldIndex("_org_id"))));
    }
    if (!rows.isEmpty()) {
      spark
          .createDataFrame(rows, schema)
          .write()
          .mode(SaveMode.Overwrite)
          .option("partitionOverwriteMode", "dynamic")
          .partitionBy(BronzeSchema.PARTITION_COLUMNS.toArray(new String[0]))
          .parquet(path(format));
    }
    for (Slice s : slices) {
      if (!filled.contains(s)) deleteSlice(format, s);
    }
    if (spark.catalog().tableExists("bronze", format.name())) {
      spark.catalog().refreshTable("bronze." + format.name());
    } else {
      catalog.register("bronze", format.name());
    }
  }

  private List<Row> keptRows(FormatSpec format, StructType schema, Set<Slice> slices, Set<String> keptShas) {
    Set<java.sql.Date> dates = new HashSet<>();
    Set<String> orgs = new HashSet<>();
    for (Slice s : slices) {
      dates.add(java.sql.Date.valueOf(s.exportDate()));
      orgs.add(s.orgId());
    }
    Column[] cols = new Column[schema.fields().length];
    for (int i = 0; i < cols.length; i++) cols[i] = col(schema.fields()[i].name());
    return spark
        .read()
        .schema(schema)
        .parquet(path(format))
        .where(col("_export_date").isin(dates.toArray()))
        .where(col("_org_id").isin(orgs.toArray()))
        .where(col("_file_sha256").isin(keptShas.toArray()))
        .select(cols)
        .collectAsList();
  }

  private void deleteSlice(FormatSpec format, Slice s) {
    try {
      Path p = new Path(path(format), s.directory());
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(p)) fs.delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
