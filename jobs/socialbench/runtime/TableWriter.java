package socialbench.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one way socialbench writes Delta tables (docs/design.md §12): create the table with its comments the
 * first time, then either replace exactly a slice ({@code replaceWhere}), merge by key, or overwrite.
 * Each write is one Delta commit, so readers see the old or the new slice, never half of it.
 */
public final class TableWriter {
  /** Delta's table property naming the columns it keeps min/max statistics for. */
  static final String STATS_COLUMNS = "delta.dataSkippingStatsColumns";
  /** Table locations and statistics columns this JVM has already set or found set. */
  private static final java.util.Set<String> STATS_KEPT = ConcurrentHashMap.newKeySet();

  /** One lock per table location in this JVM, for {@link #ensure}. */
  private static final ConcurrentHashMap<String, Object> ENSURING = new ConcurrentHashMap<>();

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final WarehouseCatalog catalog;

  public TableWriter(SparkSession spark, Warehouse warehouse, WarehouseCatalog catalog) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.catalog = catalog;
  }

  public static TableWriter of(SparkSession spark, Settings settings) {
    Warehouse wh = Warehouse.of(settings);
    return new TableWriter(spark, wh, new WarehouseCatalog(spark, wh, settings));
  }

  /**
   * Replaces the rows matching {@code slicePredicate} (SQL over the table's columns) with {@code rows}. On a
   * table that {@link #ensure} has just created (no data yet) this is an append: the same rows result, and
   * Delta need not compute the empty version's file list with a Spark job first.
   */
  public void replaceSlice(TableSpec table, Dataset<Row> rows, String slicePredicate) {
    ensure(table, rows.schema());
    String path = warehouse.tablePath(table.name());
    if (createdWithoutData(path)) {
      withComments(table, rows).write().format("delta").mode("append").save(path);
      return;
    }
    withComments(table, rows)
        .write()
        .format("delta")
        .mode("overwrite")
        .option("replaceWhere", slicePredicate)
        .save(path);
  }

  /** Replaces the whole table's contents (small dimensions, full rebuilds); an append on a table without data yet. */
  public void overwrite(TableSpec table, Dataset<Row> rows) {
    ensure(table, rows.schema());
    String path = warehouse.tablePath(table.name());
    withComments(table, rows).write().format("delta").mode(createdWithoutData(path) ? "append" : "overwrite").save(path);
  }

  /**
   * Whether the Delta table at {@code path} has only its first commit and that commit adds no file (a
   * {@code CREATE TABLE} without rows, as {@link #ensure} makes): read from the log itself, one small file,
   * so that the first write of a new table skips Delta's state reconstruction of an empty version.
   */
  boolean createdWithoutData(String path) {
    try {
      Path log = new Path(path, "_delta_log");
      FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path first = new Path(log, String.format("%020d.json", 0));
      if (fs.exists(new Path(log, String.format("%020d.json", 1))) || !fs.exists(first)) return false;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(first), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          // one action per line, its type the object's only key (Delta protocol, "Actions")
          if (!line.startsWith("{\"commitInfo\"") && !line.startsWith("{\"metaData\"") && !line.startsWith("{\"protocol\"")) return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false; // the usual write then reads the log itself
    }
  }

  /** Appends rows (ledgers such as ops.runs). */
  public void append(TableSpec table, Dataset<Row> rows) {
    ensure(table, rows.schema());
    withComments(table, rows).write().format("delta").mode("append").save(warehouse.tablePath(table.name()));
  }

  /**
   * Appends a few rows (the row a run records in its ledger) with Delta Kernel in this JVM when the table
   * exists with exactly these columns: one commit and no Spark job, which in a process that has nothing else
   * to do (a land with nothing new) is most of its cost after the session's start. Otherwise (first write,
   * a column the table lacks) as {@link #append}, which creates or evolves the table.
   */
  public void appendFew(TableSpec table, StructType schema, List<Row> rows) {
    List<Object[]> values = new java.util.ArrayList<>();
    for (Row r : rows) {
      Object[] v = new Object[r.length()];
      for (int i = 0; i < v.length; i++) v[i] = r.get(i);
      values.add(v);
    }
    DeltaRows kernel = new DeltaRows(spark.sparkContext().hadoopConfiguration());
    if (kernel.append(warehouse.tablePath(table.name()), List.of(schema.fieldNames()), values, "socialbench")) return;
    append(table, spark.createDataFrame(rows, schema));
  }

  /** Upserts {@code rows} by {@code keys}: matched rows are updated, new ones inserted. */
  public void mergeByKey(TableSpec table, Dataset<Row> rows, List<String> keys) {
    ensure(table, rows.schema());
    String view = "_merge_src_" + table.name().replace('.', '_');
    withComments(table, rows).createOrReplaceTempView(view);
    spark.sql("MERGE INTO delta.`" + warehouse.tablePath(table.name()) + "` t USING " + view + " s ON " + keysMatch(keys)
        + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");
    spark.catalog().dropTempView(view);
  }

  /** Deletes the rows whose {@code keys} equal (null-safe) those of a row of {@code keyRows}. */
  public void deleteByKey(TableSpec table, Dataset<Row> keyRows, List<String> keys) {
    String view = "_delete_src_" + table.name().replace('.', '_');
    keyRows.createOrReplaceTempView(view);
    spark.sql("MERGE INTO delta.`" + warehouse.tablePath(table.name()) + "` t USING " + view + " s ON " + keysMatch(keys)
        + " WHEN MATCHED THEN DELETE");
    spark.catalog().dropTempView(view);
  }

  /** The MERGE condition of target {@code t} and source {@code s} on {@code keys}, null-safe. */
  private static String keysMatch(List<String> keys) {
    StringBuilder on = new StringBuilder();
    for (String k : keys) {
      if (on.length() > 0) on.append(" AND ");
      on.append("t.`").append(k).append("` <=> s.`").append(k).append('`');
    }
    return on.toString();
  }

  /**
   * Creates the table (columns with comments, partitioning, table comment) if it does not exist yet. For a
   * table that exists, adds the columns of {@code schema} it lacks (nullable, with their comments; rows
   * written before read NULL there), so a column a new release adds reaches an existing warehouse; a column
   * whose type cannot be up-cast without loss into the table's (STRING into BIGINT, BIGINT into INT) is
   * refused with {@link IncompatibleSchema}, before anything is written. Columns the table has and
   * {@code schema} lacks stay as they are.
   */
  public void ensure(TableSpec table, StructType schema) {
    String db = table.database();
    catalog.createDatabase(db);
    String location = warehouse.tablePath(table.name());
    // Two threads of this JVM may ensure one table at once (the model stage runs two models side by side, and
    // both may append to ops.changed_months on a warehouse that has none yet): both would commit version 0 and
    // one would fail with DELTA_PROTOCOL_CHANGED. One of them creates it; the other then finds it.
    synchronized (ENSURING.computeIfAbsent(location, k -> new Object())) {
      createOrEvolve(table, schema, location);
    }
  }

  private void createOrEvolve(TableSpec table, StructType schema, String location) {
    String db = table.database();
    String name = table.table();
    if (spark.catalog().tableExists(db, name)) {
      addMissingColumns(table, schema);
      keepStatsColumns(table, location);
      return;
    }
    StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS " + quoted(table) + " (");
    StructType commented = commentedSchema(table, schema);
    ddl.append(commented.toDDL()).append(") USING delta");
    if (!table.partitionBy().isEmpty()) {
      ddl.append(" PARTITIONED BY (");
      for (int i = 0; i < table.partitionBy().size(); i++) {
        if (i > 0) ddl.append(", ");
        ddl.append('`').append(table.partitionBy().get(i)).append('`');
      }
      ddl.append(')');
    }
    if (table.comment() != null) ddl.append(" COMMENT '").append(sqlString(table.comment())).append('\'');
    ddl.append(" LOCATION '").append(sqlString(location)).append('\'');
    if (!table.statsColumns().isEmpty()) {
      ddl.append(" TBLPROPERTIES ('").append(STATS_COLUMNS).append("' = '").append(sqlString(statsColumns(table))).append("')");
    }
    spark.sql(ddl.toString());
    STATS_KEPT.add(statsKey(location, table));
  }

  private static String statsColumns(TableSpec table) {
    return String.join(",", table.statsColumns());
  }

  private static String statsKey(String location, TableSpec table) {
    return location + '\n' + statsColumns(table);
  }

  private static String quoted(TableSpec table) {
    return "`" + table.database() + "`.`" + table.table() + "`";
  }

  /**
   * A table created before its spec named statistics columns (or named others) gets them set: files written
   * from then on carry statistics for those columns only; files written before keep theirs. Once per table and
   * JVM.
   */
  private void keepStatsColumns(TableSpec table, String location) {
    if (table.statsColumns().isEmpty() || STATS_KEPT.contains(statsKey(location, table))) return;
    String qualified = quoted(table);
    String current = null;
    for (Row r : spark.sql("SHOW TBLPROPERTIES " + qualified).collectAsList()) {
      if (STATS_COLUMNS.equals(r.getString(0))) current = r.getString(1);
    }
    if (!statsColumns(table).equals(current)) {
      spark.sql("ALTER TABLE " + qualified + " SET TBLPROPERTIES ('" + STATS_COLUMNS + "' = '" + sqlString(statsColumns(table)) + "')");
    }
    STATS_KEPT.add(statsKey(location, table));
  }

  /** Schema evolution of an existing table: ALTER TABLE ADD COLUMNS for new columns, an error for a changed type. */
  private void addMissingColumns(TableSpec table, StructType schema) {
    String qualified = quoted(table);
    StructType existing = spark.table(qualified).schema();
    Map<String, StructField> byName = new java.util.HashMap<>();
    for (StructField f : existing.fields()) byName.put(f.name().toLowerCase(java.util.Locale.ROOT), f);
    List<String> added = new java.util.ArrayList<>();
    for (StructField f : commentedSchema(table, schema).fields()) {
      StructField old = byName.get(f.name().toLowerCase(java.util.Locale.ROOT));
      if (old == null) {
        added.add(new StructField(f.name(), f.dataType(), true, f.metadata()).toDDL());
      } else if (!old.dataType().sql().equals(f.dataType().sql())
          && !org.apache.spark.sql.catalyst.expressions.Cast.canUpCast(f.dataType(), old.dataType())) {
        throw new IncompatibleSchema(table.name() + ": column " + f.name() + " is " + old.dataType().sql() + " in the table at "
            + warehouse.tablePath(table.name()) + " but " + f.dataType().sql() + " in the new schema; a type change is not applied "
            + "automatically (rewrite the table, or give the column a new name)");
      }
    }
    if (!added.isEmpty()) spark.sql("ALTER TABLE " + qualified + " ADD COLUMNS (" + String.join(", ", added) + ")");
  }

  /** A table's stored column type differs from the type a writer now gives it. */
  public static final class IncompatibleSchema extends IllegalStateException {
    public IncompatibleSchema(String message) {
      super(message);
    }
  }

  /** The rows with each column's comment in its metadata (a projection; no round trip through an RDD). */
  private Dataset<Row> withComments(TableSpec table, Dataset<Row> rows) {
    StructField[] fields = commentedSchema(table, rows.schema()).fields();
    Column[] cols = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      cols[i] = rows.col("`" + fields[i].name() + "`").as(fields[i].name(), fields[i].metadata());
    }
    return rows.select(cols);
  }

  static StructType commentedSchema(TableSpec table, StructType schema) {
    Map<String, String> comments = table.columnComments();
    StructField[] fields = schema.fields();
    StructField[] out = new StructField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      String c = comments.get(f.name());
      Metadata md = c == null ? f.metadata() : new MetadataBuilder().withMetadata(f.metadata()).putString("comment", c).build();
      out[i] = new StructField(f.name(), f.dataType(), f.nullable(), md);
    }
    return new StructType(out);
  }

  static String sqlString(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }
}
