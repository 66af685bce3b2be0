package socialbench.model;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import socialbench.runtime.DeltaRows;
import socialbench.runtime.Futures;
import socialbench.runtime.Settings;
import socialbench.runtime.Stopwatch;
import socialbench.runtime.TableWriter;
import socialbench.runtime.Warehouse;

/**
 * Runs the models of {@code sql/models.list} for one logical date: registers the night's scope, the
 * bronze sources and the configuration views, then each model in order (views as temporary views,
 * params as named parameters, tables written through {@link TableWriter}). Every query is bound
 * to {@code :ds} (the logical date) and the other named parameters; nothing reads the clock.
 */
public final class ModelRunner {
  private final SparkSession spark;
  private final Settings settings;
  private final PrintStream progress;
  private final int parallelism;
  static final String PARALLEL = "socialbench.model.parallel-models";

  public ModelRunner(SparkSession spark, Settings settings, PrintStream progress) {
    this.spark = spark;
    this.settings = settings;
    this.progress = progress;
    this.parallelism = settings.config().hasPath(PARALLEL) ? settings.config().getInt(PARALLEL) : 2;
    if (parallelism < 1) throw new IllegalArgumentException(PARALLEL + " must be at least 1: " + parallelism);
  }

  /** Models the night of {@code date} (or everything with {@code full}); returns rows written per table. */
  public Map<String, Long> run(LocalDate date, boolean full) {
    Stopwatch setup = Stopwatch.start();
    List<ModelFile> models = ModelManifest.load();
    TableWriter writer = TableWriter.of(spark, settings);
    for (ModelFile m : models) {
      if (m.kind() == ModelFile.Kind.TABLE) writer.ensure(m.tableSpec(), SchemaConformer.schemaOf(m));
    }
    NightScope scope = NightScope.of(spark, Warehouse.of(settings), date, full);
    scope.register(spark);
    ConfigViews config = new ConfigViews(spark, settings.config());
    config.register();
    int partitions = new BronzeSources(spark, Warehouse.of(settings), settings.config()).register(scope);
    progress.printf("model %s: %d organizations touched (from %s), %d bronze partitions; setup %s%n",
        date, scope.orgs().size(), scope.minFrom(), partitions, setup);

    Map<String, Object> base = new LinkedHashMap<>(config.parameters());
    base.put("ds", java.sql.Date.valueOf(date));
    base.put("min_from", java.sql.Date.valueOf(scope.minFrom()));
    Map<String, Object> params = new ConcurrentHashMap<>(base);
    ChangedMonths changed = new ChangedMonths(spark, writer, date);
    Map<String, WrittenSlices.Written> written = new ConcurrentHashMap<>();
    ModelGraph graph = ModelGraph.of(models, base.keySet());
    List<CompletableFuture<Long>> runs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      // Each model starts once the models it depends on (ModelGraph) are done; independent branches
      // (posts, pages, web, conversions) run side by side. A night's model stage is mostly fixed cost
      // per query and commit, which a second core overlaps.
      for (int i = 0; i < models.size(); i++) {
        ModelFile m = models.get(i);
        CompletableFuture<?>[] deps = graph.dependsOn(i).stream().map(runs::get).toArray(CompletableFuture[]::new);
        runs.add(CompletableFuture.allOf(deps).thenApplyAsync(ignored -> runOne(m, scope, full, params, writer, changed, written), pool));
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      for (int i = 0; i < models.size(); i++) {
        long n = Futures.join(runs.get(i));
        if (n >= 0) rows.put(models.get(i).name(), n);
      }
      WrittenSlices.record(spark, writer, Warehouse.of(settings), date, written);
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one model; returns the rows written for a table that was due, else -1. */
  private long runOne(ModelFile m, NightScope scope, boolean full, Map<String, Object> params, TableWriter writer, ChangedMonths changed,
      Map<String, WrittenSlices.Written> written) {
    Stopwatch t = Stopwatch.start();
    switch (m.kind()) {
      case VIEW -> view(m, params);
      case PARAMS -> params.putAll(params(m, params));
      case TABLE -> {
        if (!due(m, scope, full)) {
          progress.printf("  %-26s unchanged (%s)%n", m.name(), m.when());
          written.put(m.name(), WrittenSlices.Written.NOTHING);
          return -1;
        }
        long n = table(m, params, writer, changed, written);
        progress.printf("  %-26s %8d rows  %-9s %s%n", m.name(), n, m.write().how(), t);
        return n;
      }
    }
    if (t.wallSeconds() >= 0.5) progress.printf("  %-26s %-24s %s%n", m.name(), m.kind() == ModelFile.Kind.VIEW ? "view" : "params", t);
    return -1;
  }

  /** Dimensions built from reference files or configuration only need a write when those change. */
  private boolean due(ModelFile m, NightScope scope, boolean full) {
    // Only ask whether the table is empty when the answer matters.
    return switch (m.when()) {
      case ALWAYS -> true;
      case REFERENCE -> full || scope.fromDates().containsKey(NightScope.REFERENCE) || isEmpty(m.name());
      case EMPTY -> full || isEmpty(m.name());
    };
  }

  /** Whether the table has no rows, read with Delta Kernel (no Spark job, no file listing query). */
  private boolean isEmpty(String table) {
    return new DeltaRows(spark.sparkContext().hadoopConfiguration()).count(Warehouse.of(settings).tablePath(table)) == 0;
  }

  private void view(ModelFile m, Map<String, Object> params) {
    Dataset<Row> df = spark.sql(m.query(), params);
    SchemaConformer.checkView(m, df.schema());
    if (m.checkpoint()) df = df.localCheckpoint(true);
    df.createOrReplaceTempView(m.name());
  }

  private Map<String, Object> params(ModelFile m, Map<String, Object> params) {
    Dataset<Row> df = spark.sql(m.query(), params);
    Row r = df.first();
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < r.length(); i++) {
      if (r.isNullAt(i)) throw new IllegalStateException(m.path() + ": parameter " + df.columns()[i] + " is NULL");
      out.put(df.columns()[i], r.get(i));
    }
    return out;
  }

  private long table(ModelFile m, Map<String, Object> params, TableWriter writer, ChangedMonths changed,
      Map<String, WrittenSlices.Written> written) {
    // Materialise first: a model may read the previous state of the table it replaces. The count computes
    // the lazy local checkpoint and counts its rows in one Spark job (an eager checkpoint is a job of its own,
    // and the count another); the write then reads the checkpoint.
    Dataset<Row> rows = SchemaConformer.conform(m, spark.sql(m.query(), params)).localCheckpoint(false);
    long n = rows.count();
    WrittenSlices.Written w = WrittenSlices.Written.NOTHING;
    switch (m.write().how()) {
      case OVERWRITE -> {
        writer.overwrite(m.tableSpec(), rows);
        w = WrittenSlices.Written.WHOLE;
      }
      case MERGE -> {
        if (n > 0 && m.write().sliceColumn() != null) {
          w = WrittenSlices.Written.from(new MergeWithinSlices(spark).write(m, rows, writer, changed));
        } else if (n > 0) {
          changed.beforeMerge(m, rows);
          writer.mergeByKey(m.tableSpec(), rows, m.write().keys());
          w = WrittenSlices.Written.WHOLE;
        }
      }
      case SLICE -> {
        LocalDate from = new SliceFromOrgRanges(spark).write(m, rows, n, writer, changed);
        if (from != null) w = WrittenSlices.Written.from(from);
      }
    }
    written.put(m.name(), w);
    if (m.removes() != null) remove(m, writer, changed);
    return n;
  }

  /**
   * Deletes the table's rows whose key is a row of the model's {@code removes} view (posts a later export no
   * longer lists, for instance): one more commit, only on a night that has such rows.
   */
  private void remove(ModelFile m, TableWriter writer, ChangedMonths changed) {
    Column[] keys = m.removes().keys().stream().map(k -> functions.col("`" + k + "`")).toArray(Column[]::new);
    Dataset<Row> gone = spark.table(m.removes().view()).select(keys).distinct();
    if (gone.isEmpty()) return;
    changed.beforeRemove(m, gone);
    writer.deleteByKey(m.tableSpec(), gone, m.removes().keys());
  }
}
