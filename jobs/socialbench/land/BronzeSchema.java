package socialbench.land;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of a bronze table: the format's landed columns (plus its title column), the lineage
 * columns ({@code _org_id} last of them), and the partition column {@code _export_date} at the end. One
 * partition per export date, not per date and organization: at SF1 a night lands 250 organizations, and
 * a directory per organization made 250 small files per table and night (docs/performance.md).
 */
final class BronzeSchema {
  static final List<String> PARTITION_COLUMNS = List.of("_export_date");

  private BronzeSchema() {}

  static StructType of(FormatSpec format) {
    StructType s = new StructType();
    for (ColumnSpec c : format.landedColumns()) s = s.add(c.name(), c.type().sparkType(), true);
    if (format.titleColumn() != null) s = s.add(format.titleColumn(), DataTypes.StringType, true);
    return s.add("_platform", DataTypes.StringType, false)
        .add("_source_file", DataTypes.StringType, false)
        .add("_file_sha256", DataTypes.StringType, false)
        .add("_row_number", DataTypes.LongType, false)
        .add("_ingested_run", DataTypes.StringType, false)
        .add("_land_date", DataTypes.DateType, false)
        .add("_page_id", DataTypes.StringType, true)
        .add("_org_id", DataTypes.StringType, false)
        .add("_export_date", DataTypes.DateType, false);
  }

  /** A parsed row (values…, [title], row number) with its lineage, in {@link #of} order. */
  static Row row(Object[] parsed, String platform, String sourceFile, String sha, String runId, LocalDate landDate,
      String pageId, LocalDate exportDate, String orgId) {
    int n = parsed.length - 1;
    Object[] out = new Object[n + 9];
    System.arraycopy(parsed, 0, out, 0, n);
    out[n] = platform;
    out[n + 1] = sourceFile;
    out[n + 2] = sha;
    out[n + 3] = parsed[n];
    out[n + 4] = runId;
    out[n + 5] = landDate;
    out[n + 6] = pageId;
    out[n + 7] = orgId;
    out[n + 8] = exportDate;
    return RowFactory.create(out);
  }
}
