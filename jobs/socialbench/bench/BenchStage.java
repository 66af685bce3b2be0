package socialbench.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Futures;
import socialbench.runtime.Stopwatch;
import socialbench.runtime.TableWriter;

/**
 * {@code socialbench bench --date D}: runs the models of {@code sql/bench/} in dependency order for every
 * month D touches and replaces exactly those months of each bench table (one Delta commit per table).
 * Running it twice for the same D gives the same tables.
 */
public final class BenchStage {
  /** Models in the order they depend on each other: each reads dw tables and earlier bench tables only. */
  static final List<String> MODELS = List.of(
      "page_month", "cohort_month", "page_rank", "post_objective_month",
      "audience_quality", "best_time", "topic_month", "funnel_month");

  /** The bench tables each model reads (the rest read dw tables only). */
  static final Map<String, List<String>> DEPENDS_ON = Map.of(
      "cohort_month", List.of("page_month"),
      "page_rank", List.of("page_month", "cohort_month"),
      "post_objective_month", List.of("page_month"),
      "audience_quality", List.of("page_month"),
      "best_time", List.of("page_month"),
      "topic_month", List.of("page_month"));

  /** dw tables the models read (docs/warehouse.md). */
  static final List<String> INPUTS = List.of(
      "dw.dim_organization", "dw.dim_page", "dw.dim_post", "dw.fct_post", "dw.fct_page_daily", "dw.fct_conversion_daily");

  private final SparkSession spark;
  private final TableWriter writer;
  private final BenchSettings settings;
  private final BenchTables tables;
  private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
  private int parallelism = 2;

  public BenchStage(SparkSession spark, TableWriter writer, BenchSettings settings) {
    this.spark = spark;
    this.writer = writer;
    this.settings = settings;
    this.tables = BenchTables.load();
    DisclosureRule.register(spark);
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
    for (String input : INPUTS) {
      String[] parts = input.split("\\.");
      if (!spark.catalog().tableExists(parts[0], parts[1])) {
        throw new MissingInputTable(input, date.toString());
      }
    }
    List<LocalDate> months = TouchedMonths.of(spark, date);
    Map<String, CompletableFuture<Long>> runs = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      // Each model starts once the models it reads are written; independent ones run side by side
      // (a night's bench is mostly fixed cost per query and commit, which a second core overlaps).
      for (String model : MODELS) {
        CompletableFuture<?>[] deps = DEPENDS_ON.getOrDefault(model, List.of()).stream().map(runs::get).toArray(CompletableFuture[]::new);
        runs.put(model, CompletableFuture.allOf(deps).thenApplyAsync(ignored -> {
          Stopwatch t = Stopwatch.start();
          long n = runModel(model, date, months);
          progress.printf("  %-26s %8d rows  %s%n", "bench." + model, n, t);
          return n;
        }, pool));
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String model : MODELS) rows.put("bench." + model, Futures.join(runs.get(model)));
      return new BenchResult(date, months, rows);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one model for the given months and replaces those months of its table. */
  long runModel(String model, LocalDate date, List<LocalDate> months) {
    SqlModel sql = SqlModel.load(model);
    Dataset<Row> all = null;
    for (LocalDate month : months) {
      Dataset<Row> part = sql.run(spark, parameters(month, date));
      all = all == null ? part : all.unionByName(part);
    }
    String slice = months.stream().map(m -> "DATE'" + m + "'").collect(Collectors.joining(", ", "month IN (", ")"));
    Dataset<Row> out = all.persist();
    try {
      writer.replaceSlice(tables.spec("bench." + model), out, slice);
      return out.count();
    } finally {
      out.unpersist();
    }
  }

  Map<String, Object> parameters(LocalDate month, LocalDate date) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("month_start", Date.valueOf(month));
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
