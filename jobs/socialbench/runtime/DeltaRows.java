package socialbench.runtime;

import io.delta.kernel.DataWriteContext;
import io.delta.kernel.Operation;
import io.delta.kernel.Scan;
import io.delta.kernel.ScanBuilder;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.TransactionCommitResult;
import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.MapValue;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.expressions.Predicate;
import io.delta.kernel.hook.PostCommitHook;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads the rows of a Delta table's latest version, and appends a few rows to one, in this JVM with Delta
 * Kernel: the log is replayed and the Parquet files are read and written in plain Java, without a Spark
 * job. For the small ledgers a step consults before it knows whether it has anything to do ({@code land}
 * reads {@code ops.landed_files}) and the one row a run records ({@code ops.runs}): a cold process's first
 * Spark query or write on a Delta table costs seconds of planning, state reconstruction and code
 * generation; this costs a log read and a few small files.
 */
public final class DeltaRows {
  private final Engine engine;

  public DeltaRows(Configuration hadoop) {
    this.engine = DefaultEngine.create(hadoop);
  }

  /** One row of a scan, read column by column (columns by their position in the requested list). */
  public static final class View {
    private ColumnarBatch batch;
    private int row;

    public boolean isNull(int column) {
      return batch.getColumnVector(column).isNullAt(row);
    }

    public String string(int column) {
      ColumnVector v = batch.getColumnVector(column);
      return v.isNullAt(row) ? null : v.getString(row);
    }

    public long number(int column) {
      return batch.getColumnVector(column).getLong(row);
    }

    public LocalDate date(int column) {
      ColumnVector v = batch.getColumnVector(column);
      return v.isNullAt(row) ? null : LocalDate.ofEpochDay(v.getInt(row));
    }

    /**
     * The value of any column as Java holds it: String, Long, Integer, Short, Byte, Double, Float, Boolean,
     * BigDecimal, LocalDate (DATE), Instant (TIMESTAMP), LocalDateTime (TIMESTAMP_NTZ), byte[], List (ARRAY,
     * STRUCT fields in order), Map (MAP, in stored order); null for NULL.
     */
    public Object value(int column) {
      return valueOf(batch.getColumnVector(column), row);
    }
  }

  private static Object valueOf(ColumnVector v, int row) {
    if (v.isNullAt(row)) return null;
    DataType t = v.getDataType();
    if (t instanceof StringType) return v.getString(row);
    if (t instanceof LongType) return v.getLong(row);
    if (t instanceof IntegerType) return v.getInt(row);
    if (t instanceof ShortType) return v.getShort(row);
    if (t instanceof ByteType) return v.getByte(row);
    if (t instanceof DoubleType) return v.getDouble(row);
    if (t instanceof FloatType) return v.getFloat(row);
    if (t instanceof BooleanType) return v.getBoolean(row);
    if (t instanceof DecimalType) return v.getDecimal(row);
    if (t instanceof DateType) return LocalDate.ofEpochDay(v.getInt(row));
    if (t instanceof TimestampType) return java.time.Instant.EPOCH.plus(v.getLong(row), java.time.temporal.ChronoUnit.MICROS);
    if (t instanceof TimestampNTZType) return java.time.LocalDateTime.ofEpochSecond(0, 0, java.time.ZoneOffset.UTC).plus(v.getLong(row), java.time.temporal.ChronoUnit.MICROS);
    if (t instanceof BinaryType) return v.getBinary(row);
    if (t instanceof ArrayType) {
      ArrayValue a = v.getArray(row);
      List<Object> out = new java.util.ArrayList<>();
      for (int i = 0; i < a.getSize(); i++) out.add(valueOf(a.getElements(), i));
      return out;
    }
    if (t instanceof MapType) {
      MapValue m = v.getMap(row);
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      for (int i = 0; i < m.getSize(); i++) out.put(valueOf(m.getKeys(), i), valueOf(m.getValues(), i));
      return out;
    }
    if (t instanceof StructType s) {
      List<Object> out = new java.util.ArrayList<>();
      for (int i = 0; i < s.length(); i++) out.add(valueOf(v.getChild(i), row));
      return out;
    }
    throw new IllegalArgumentException("no Java value for the Delta type " + t);
  }

  /** The column names of the table at {@code path} (its latest version), or empty if there is no table. */
  public Optional<List<String>> columns(String path) {
    try {
      return Optional.of(List.copyOf(TableManager.loadSnapshot(path).build(engine).getSchema().fieldNames()));
    } catch (io.delta.kernel.exceptions.TableNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Rows of the table at {@code path} (its latest version; one column read), 0 if there is no table. */
  public long count(String path) {
    long[] n = {0};
    scan(path, names -> names.subList(0, 1), Optional.empty(), r -> n[0]++);
    return n[0];
  }

  /**
   * Calls {@code each} for every row of the table at {@code path} (its latest version), with the
   * {@code columns} in that order. {@code skipping}, if present, lets Kernel skip whole files by their
   * statistics; rows are not filtered by it (the caller tests each row). False if there is no table.
   */
  public boolean scan(String path, List<String> columns, Optional<Predicate> skipping, Consumer<View> each) {
    return scan(path, names -> columns, skipping, each);
  }

  /**
   * As {@link #scan(String, List, Optional, Consumer)}, with the columns chosen from the table's own column
   * names ({@code choose} gets them in table order): one snapshot load where asking {@link #columns} first
   * would replay the log twice.
   */
  public boolean scan(String path, java.util.function.Function<List<String>, List<String>> choose, Optional<Predicate> skipping,
      Consumer<View> each) {
    Snapshot snapshot;
    try {
      snapshot = TableManager.loadSnapshot(path).build(engine);
    } catch (io.delta.kernel.exceptions.TableNotFoundException e) {
      return false;
    }
    StructType full = snapshot.getSchema();
    List<String> columns = choose.apply(List.copyOf(full.fieldNames()));
    StructType read = new StructType();
    for (String c : columns) {
      StructField f = full.get(c);
      if (f == null) throw new IllegalArgumentException(path + " has no column " + c);
      read = read.add(f);
    }
    ScanBuilder builder = snapshot.getScanBuilder().withReadSchema(read);
    if (skipping.isPresent()) builder = builder.withFilter(skipping.get());
    Scan scan = builder.build();
    Row state = scan.getScanState(engine);
    StructType physical = ScanStateRow.getPhysicalDataReadSchema(state);
    View view = new View();
    try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
      while (files.hasNext()) {
        try (CloseableIterator<Row> fileRows = files.next().getRows()) {
          while (fileRows.hasNext()) {
            Row file = fileRows.next();
            FileStatus status = InternalScanFileUtils.getAddFileStatus(file);
            CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(status), physical, Optional.empty())
                .map(FileReadResult::getData);
            try (CloseableIterator<FilteredColumnarBatch> batches = Scan.transformPhysicalData(engine, state, file, data)) {
              while (batches.hasNext()) visit(batches.next(), view, each);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Delta table at " + path + ": " + e.getMessage(), e);
    }
    return true;
  }

  /**
   * Appends {@code rows} (values by {@code columns}, in that order) to the existing, unpartitioned Delta
   * table at {@code path} as one commit, in this JVM: one Parquet file, the commit, then Kernel's
   * post-commit hooks (checkpoint, checksum). Values are Java's, as a Spark Row holds them: String, Long,
   * Integer, Double, Boolean, java.sql.Date or LocalDate, java.sql.Timestamp or Instant. Returns false,
   * having written nothing, when the table does not exist, is partitioned, or its columns differ from
   * {@code columns} (a missing column, another type): the caller
   * then writes through Spark ({@link TableWriter}), which creates or evolves the table.
   */
  public boolean append(String path, List<String> columns, List<Object[]> rows, String engineInfo) {
    Snapshot snapshot;
    try {
      snapshot = TableManager.loadSnapshot(path).build(engine);
    } catch (io.delta.kernel.exceptions.TableNotFoundException e) {
      return false;
    }
    StructType schema = snapshot.getSchema();
    if (!snapshot.getPartitionColumnNames().isEmpty() || schema.length() != columns.size()) return false;
    int[] source = new int[schema.length()];
    for (int i = 0; i < schema.length(); i++) {
      source[i] = columns.indexOf(schema.at(i).getName());
      if (source[i] < 0 || !Values.supports(schema.at(i).getDataType())) return false;
    }
    Transaction txn = snapshot.buildUpdateTableTransaction(engineInfo, Operation.WRITE).build(engine);
    Row txnState = txn.getTransactionState(engine);
    ColumnarBatch batch = new Values(schema, source, rows);
    try {
      CloseableIterator<FilteredColumnarBatch> physical = Transaction.transformLogicalData(engine, txnState,
          Utils.singletonCloseableIterator(new FilteredColumnarBatch(batch, Optional.empty())), Map.of());
      DataWriteContext context = Transaction.getWriteContext(engine, txnState, Map.of());
      CloseableIterator<DataFileStatus> written =
          engine.getParquetHandler().writeParquetFiles(context.getTargetDirectory(), physical, context.getStatisticsColumns());
      CloseableIterator<Row> actions = Transaction.generateAppendActions(engine, txnState, written, context);
      TransactionCommitResult result = txn.commit(engine, CloseableIterable.inMemoryIterable(actions));
      for (PostCommitHook hook : result.getPostCommitHooks()) hook.threadSafeInvoke(engine);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the Delta table at " + path + ": " + e.getMessage(), e);
    }
    return true;
  }

  /** Rows of Java values as a Kernel batch, column {@code i} of the table taken from value {@code source[i]}. */
  private static final class Values implements ColumnarBatch {
    private final StructType schema;
    private final int[] source;
    private final List<Object[]> rows;

    Values(StructType schema, int[] source, List<Object[]> rows) {
      this.schema = schema;
      this.source = source;
      this.rows = rows;
    }

    static boolean supports(DataType t) {
      return t instanceof StringType || t instanceof LongType || t instanceof IntegerType || t instanceof DoubleType
          || t instanceof BooleanType || t instanceof DateType || t instanceof TimestampType;
    }

    @Override
    public StructType getSchema() {
      return schema;
    }

    @Override
    public int getSize() {
      return rows.size();
    }

    @Override
    public ColumnVector getColumnVector(int ordinal) {
      DataType type = schema.at(ordinal).getDataType();
      int from = source[ordinal];
      return new ColumnVector() {
        private Object value(int row) {
          return rows.get(row)[from];
        }

        @Override
        public DataType getDataType() {
          return type;
        }

        @Override
        public int getSize() {
          return rows.size();
        }

        @Override
        public void close() {}

        @Override
        public boolean isNullAt(int row) {
          return value(row) == null;
        }

        @Override
        public String getString(int row) {
          return (String) value(row);
        }

        @Override
        public boolean getBoolean(int row) {
          return (Boolean) value(row);
        }

        @Override
        public double getDouble(int row) {
          return ((Number) value(row)).doubleValue();
        }

        @Override
        public int getInt(int row) {
          Object v = value(row);
          if (v instanceof java.sql.Date d) return (int) d.toLocalDate().toEpochDay();
          if (v instanceof LocalDate d) return (int) d.toEpochDay();
          return ((Number) v).intValue();
        }

        @Override
        public long getLong(int row) {
          Object v = value(row);
          java.time.Instant i = v instanceof java.sql.Timestamp t ? t.toInstant() : v instanceof java.time.Instant x ? x : null;
          if (i != null) return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000L);
          return ((Number) v).longValue();
        }
      };
    }
  }

  private static void visit(FilteredColumnarBatch b, View view, Consumer<View> each) {
    view.batch = b.getData();
    Optional<ColumnVector> selected = b.getSelectionVector();
    int n = view.batch.getSize();
    for (int i = 0; i < n; i++) {
      if (selected.isPresent() && (selected.get().isNullAt(i) || !selected.get().getBoolean(i))) continue;
      view.row = i;
      each.accept(view);
    }
  }
}
