package socialbench.land;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseCatalog;

/**
 * Writes one bronze table per run with one Spark job. A slice (export date × org) is the unit landing
 * reasons about; the table is partitioned by export date only, so every export date touched by the run
 * is rewritten whole, by dynamic partition overwrite: the rows of the new files, the rows of the earlier
 * files of the touched slices that the ledger records as landed, and the rows of the date's other organizations
 * (those two read back first). Spark writes into a staging directory and moves each partition into place
 * on commit, so a crash before the commit leaves the previous partitions as they were.
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
   * @param keptFiles earlier files of those slices whose rows stay, by {@link #fileIdentity}
   */
  void write(FormatSpec format, List<Row> newRows, Set<Slice> slices, Set<String> keptFiles) {
    StructType schema = BronzeSchema.of(format);
    Set<LocalDate> dates = new HashSet<>();
    for (Slice s : slices) dates.add(s.exportDate());
    List<Row> rows = new ArrayList<>(newRows);
    rows.addAll(keptRows(format, schema, dates, slices, keptFiles));
    int dateIndex = schema.fieldIndex("_export_date");
    Set<LocalDate> filled = new HashSet<>();
    for (Row r : rows) filled.add(localDate(r.get(dateIndex)));
    if (!rows.isEmpty()) {
      spark
          .createDataFrame(rows, schema)
          .write()
          .mode(SaveMode.Overwrite)
          .option("partitionOverwriteMode", "dynamic")
          .partitionBy(BronzeSchema.PARTITION_COLUMNS.toArray(new String[0]))
          .parquet(path(format));
    }
    for (LocalDate d : dates) {
      if (!filled.contains(d)) deleteDate(format, d);
    }
    if (spark.catalog().tableExists("bronze", format.name())) {
      forgetListing(format);
    } else {
      catalog.register("bronze", format.name());
    }
  }

  /**
   * An earlier file within a slice (export date × org): the same bytes can land in two platform folders of
   * one organization (e.g. a daily series in facebook/ and instagram/), and each keeps its rows.
   */
  static String fileIdentity(String platform, String sha256) {
    return platform + "|" + sha256;
  }

  /** The rows of the touched dates that stay: other organizations' slices, and kept files of touched ones. */
  private List<Row> keptRows(FormatSpec format, StructType schema, Set<LocalDate> dates, Set<Slice> slices,
      Set<String> keptFiles) {
    // Only the touched date directories are read (by path, basePath keeping _export_date as a column):
    // reading the table's root would list every date directory of the history first.
    List<String> existing = new ArrayList<>();
    for (LocalDate d : dates) {
      if (exists(format, d)) existing.add(dateDirectory(format, d).toString());
    }
    if (existing.isEmpty()) return List.of();
    Column[] cols = new Column[schema.fields().length];
    for (int i = 0; i < cols.length; i++) cols[i] = col(schema.fields()[i].name());
    List<Row> read = spark
        .read()
        .schema(schema)
        .option("basePath", path(format))
        .parquet(existing.toArray(String[]::new))
        .select(cols)
        .collectAsList();
    int dateIndex = schema.fieldIndex("_export_date");
    int orgIndex = schema.fieldIndex("_org_id");
    int shaIndex = schema.fieldIndex("_file_sha256");
    int platformIndex = schema.fieldIndex("_platform");
    List<Row> kept = new ArrayList<>();
    for (Row r : read) {
      Slice s = new Slice(localDate(r.get(dateIndex)), r.getString(orgIndex));
      if (!slices.contains(s) || keptFiles.contains(fileIdentity(r.getString(platformIndex), r.getString(shaIndex)))) kept.add(r);
    }
    return kept;
  }

  /**
   * Makes the session's {@code bronze.<format>} see the partitions just written, lazily: the table's
   * cached relation (and so its file listing) is dropped and rebuilt on its next read. Spark's public
   * {@code catalog().refreshTable} re-lists every date directory of the table at once, twice, which grows
   * with the history and is paid per table per night even though the night's own steps read bronze by path.
   * Partitions are not tracked in the catalog ({@code manageFilesourcePartitions=false}), so there is no
   * shared file-status cache to clear either.
   */
  private void forgetListing(FormatSpec format) {
    ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().catalog()
        .refreshTable(new TableIdentifier(format.name(), Option.apply("bronze")));
  }

  private static LocalDate localDate(Object d) {
    return d instanceof java.sql.Date sd ? sd.toLocalDate() : (LocalDate) d;
  }

  private Path dateDirectory(FormatSpec format, LocalDate d) {
    return new Path(path(format), "_export_date=" + d);
  }

  private boolean exists(FormatSpec format, LocalDate d) {
    try {
      Path p = dateDirectory(format, d);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteDate(FormatSpec format, LocalDate d) {
    try {
      Path p = dateDirectory(format, d);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(p)) fs.delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
