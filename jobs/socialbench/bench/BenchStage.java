package socialbench.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import socialbench.model.ModelFile;
import socialbench.model.ModelGraph;
import socialbench.model.ModelManifest;
import socialbench.model.SchemaConformer;
import socialbench.runtime.Futures;
import socialbench.runtime.Stopwatch;
import socialbench.runtime.TableWriter;

/**
 * {@code socialbench bench --date D}: runs the models of {@code sql/bench/models.list} for the months D
 * touches and replaces exactly those months of each bench table (one Delta commit per table). The months are
 * the view {@code touched_months (month)}, between the parameters {@code :first_month} and {@code :last_month}:
 * each table model computes all of them in one query. Each model
 * declares itself in its header like a dw model (socialbench.model.ModelFile: table, comment, partition,
 * write, columns); its output is conformed to the declared columns (SchemaConformer). The order a model
 * waits for is derived from the references in the SQL (socialbench.model.ModelGraph), and so are the dw
 * tables the stage needs. Running it twice for the same D gives the same tables.
 */
public final class BenchStage {
  /** The bench models in listed order: views ({@code int_bench_*}) and tables ({@code bench.*}). */
  static final String LIST = "sql/bench/models.list";
  static final List<ModelFile> MODELS = ModelManifest.load(LIST);
  /** Parameters the stage binds itself (so no model waits for a params model). */
  static final Set<String> PARAMETERS = Set.of("first_month", "last_month", "as_of_date", "k",
      "hollow_min_follower_percentile", "hollow_max_engagement_percentile");
  static final ModelGraph GRAPH = ModelGraph.of(MODELS, PARAMETERS);
  /** The view of the months a run recomputes, which the table models read (their header's "slice month from touched_months"). */
  static final String MONTHS_VIEW = "touched_months";
  private static final Pattern DW_TABLE = Pattern.compile("\\b(dw\\.\\w+)\\b");

  /** The bench tables, in listed order. */
  public static List<String> tables() {
    return MODELS.stream().filter(m -> m.kind() == ModelFile.Kind.TABLE).map(ModelFile::name).toList();
  }

  /** The dw tables the models read (found by name in their SQL), in order of first use. */
  static List<String> inputs() {
    Set<String> found = new LinkedHashSet<>();
    for (ModelFile m : MODELS) {
      Matcher t = DW_TABLE.matcher(m.query());
      while (t.find()) found.add(t.group(1));
    }
    return List.copyOf(found);
  }

  private final SparkSession spark;
  private final TableWriter writer;
  private final BenchSettings settings;
  private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
  private int parallelism = 2;

  public BenchStage(SparkSession spark, TableWriter writer, BenchSettings settings) {
    this.spark = spark;
    this.writer = writer;
    this.settings = settings;
    for (ModelFile m : MODELS) {
      if (m.kind() == ModelFile.Kind.TABLE && !(m.write().how() == ModelFile.Write.SLICE && m.partitionBy().equals(List.of(m.write().sliceColumn())))) {
        throw new IllegalStateException(m.path() + ": a bench table is written by slice of its partition column (-- write: slice month from touched_months)");
      }
    }
    DisclosureRule.register(spark);
    PeerRank.register(spark);
  }

  /** Runs up to {@code n} independent models at once (socialbench.bench.parallel-models). */
  public BenchStage withParallelism(int n) {
    if (n < 1) throw new IllegalArgumentException("socialbench.bench.parallel-models must be at least 1: " + n);
    this.parallelism = n;
    return this;
  }

  /** Prints one line per model (rows, wall and CPU time) on {@code out}. */
  public BenchStage withProgress(PrintStream out) {
    this.progress = out;
    return this;
  }

  /** Recomputes the months touched by {@code date}; returns rows written per table, in model order. */
  public BenchResult run(LocalDate date) {
    for (String input : inputs()) {
      String[] parts = input.split("\\.");
      if (!spark.catalog().tableExists(parts[0], parts[1])) {
        throw new MissingInputTable(input, date.toString());
      }
    }
    List<LocalDate> months = TouchedMonths.of(spark, date);
    BenchMonths.record(spark, writer, date, months);
    registerMonths(months);
    List<CompletableFuture<Long>> runs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      // Each model starts once the models it reads (ModelGraph) are done; independent ones run side by side
      // (a night's bench is mostly fixed cost per query and commit, which a second core overlaps).
      for (int i = 0; i < MODELS.size(); i++) {
        ModelFile model = MODELS.get(i);
        CompletableFuture<?>[] deps = GRAPH.dependsOn(i).stream().map(runs::get).toArray(CompletableFuture[]::new);
        runs.add(CompletableFuture.allOf(deps).thenApplyAsync(ignored -> {
          if (model.kind() == ModelFile.Kind.VIEW) {
            view(model, date, months);
            return -1L;
          }
          Stopwatch t = Stopwatch.start();
          long n = runModel(model, date, months);
          progress.printf("  %-26s %8d rows  %s%n", model.name(), n, t);
          return n;
        }, pool));
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      for (int i = 0; i < MODELS.size(); i++) {
        long n = Futures.join(runs.get(i));
        if (MODELS.get(i).kind() == ModelFile.Kind.TABLE) rows.put(MODELS.get(i).name(), n);
      }
      return new BenchResult(date, months, rows);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The view {@code touched_months (month DATE)}: the months this run recomputes, one row each. */
  void registerMonths(List<LocalDate> months) {
    List<Row> rows = months.stream().map(m -> RowFactory.create(Date.valueOf(m))).toList();
    spark.createDataFrame(rows, new StructType().add("month", DataTypes.DateType, false)).createOrReplaceTempView(MONTHS_VIEW);
  }

  /**
   * Registers a view model. A plain view covers every month (the models that use it pick their months). A view
   * declared {@code -- materialize: checkpoint} is bound to the run's months ({@code :first_month},
   * {@code :last_month}; its SQL keeps to them) and computed once, now: the several models that read it then
   * share its rows instead of each recomputing it and listing the tables under it again.
   */
  void view(ModelFile model, LocalDate date, List<LocalDate> months) {
    if (model.kind() != ModelFile.Kind.VIEW) throw new IllegalStateException(model.path() + ": the bench stage runs views and tables only");
    Dataset<Row> rows = spark.sql(model.query(), parameters(model.checkpoint() ? months : List.of(), date));
    if (model.checkpoint()) rows = rows.localCheckpoint(true);
    rows.createOrReplaceTempView(model.name());
  }

  /** Runs one table model for the given months (one query) and replaces those months of its table. */
  long runModel(ModelFile model, LocalDate date, List<LocalDate> months) {
    String column = model.write().sliceColumn();
    String slice = months.stream().map(m -> "DATE'" + m + "'").collect(Collectors.joining(", ", column + " IN (", ")"));
    Dataset<Row> out = SchemaConformer.conform(model, spark.sql(model.query(), parameters(months, date))).persist();
    try {
      // Counted before the write: the count fills the cache that the write then reads. After the write the
      // cache of a model that reads its own table (bench.page_month, for the months already final) is gone,
      // and the count would run the model's query a second time.
      long rows = out.count();
      writer.replaceSlice(model.tableSpec(), out, slice);
      return rows;
    } finally {
      out.unpersist();
    }
  }

  /**
   * The named parameters of a run for {@code months} (ascending; none for a view, which covers every month):
   * {@code :first_month} and {@code :last_month}, literal bounds of the view {@code touched_months} that let Delta
   * skip files outside them.
   */
  Map<String, Object> parameters(List<LocalDate> months, LocalDate date) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (!months.isEmpty()) {
      p.put("first_month", Date.valueOf(months.get(0)));
      p.put("last_month", Date.valueOf(months.get(months.size() - 1)));
    }
    p.put("as_of_date", Date.valueOf(date));
    p.put("k", settings.minCohortOrgs());
    p.put("hollow_min_follower_percentile", settings.hollowMinFollowerPercentile());
    p.put("hollow_max_engagement_percentile", settings.hollowMaxEngagementPercentile());
    return p;
  }

  /** What a run did: the logical date, the months recomputed and the rows now in each table's slice. */
  public record BenchResult(LocalDate date, List<LocalDate> months, Map<String, Long> rowsPerTable) {
    public BenchResult {
      months = new ArrayList<>(months);
      rowsPerTable = new LinkedHashMap<>(rowsPerTable);
    }
  }
}
