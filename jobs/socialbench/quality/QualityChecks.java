package socialbench.quality;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.PrintStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import socialbench.bench.BenchMonths;
import socialbench.model.ModelFile;
import socialbench.model.ModelManifest;
import socialbench.model.NightScope;
import socialbench.model.WrittenSlices;
import socialbench.runtime.DeclaredTable;
import socialbench.runtime.Settings;
import socialbench.runtime.TableWriter;
import socialbench.runtime.Warehouse;

/**
 * Runs the checks declared in the files listed by {@code socialbench.quality.check-files} for a logical
 * date, records them in {@code ops.quality_results} (replacing that date's earlier results) and returns
 * them. A check on a table that does not exist yet is {@code skipped}.
 */
public final class QualityChecks {
  /** Columns, types and comments: sql/ops/quality_results.sql. */
  static final DeclaredTable RESULTS = DeclaredTable.load("sql/ops/quality_results.sql");

  static final int PARALLEL_CHECKS = 2;

  /** {@code :bench_from} of a night without recorded bench months: before any month a bench table holds. */
  static final LocalDate EVERY_MONTH = LocalDate.of(1, 1, 1);

  private final SparkSession spark;
  private final Settings settings;

  public QualityChecks(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /**
   * Every check of a night: the uniqueness check of each table model's key ({@link #keyCheck}), then the
   * checks declared in the configured files, in file order. A listed file that is missing, has no
   * {@code checks} list, or declares a uniqueness check of a table a model writes (its key decides that
   * one) is an error naming the file.
   */
  public List<CheckSpec> declared() {
    List<CheckSpec> out = new ArrayList<>();
    Map<String, ModelFile> models = new java.util.HashMap<>();
    for (ModelFile m : ModelManifest.load()) {
      if (m.kind() != ModelFile.Kind.TABLE) continue;
      models.put(m.name(), m);
      out.add(keyCheck(m));
    }
    String setting = "socialbench.quality.check-files";
    for (String file : settings.config().getStringList(setting)) {
      ClassLoader loader = getClass().getClassLoader();
      if (loader.getResource(file) == null) {
        throw new IllegalArgumentException(setting + " lists " + file + ", which is not on the classpath (the sql/ folder in the jar)");
      }
      // Check files may refer to settings, e.g. ${socialbench.privacy.min-cohort-orgs}.
      Config c = ConfigFactory.parseResources(loader, file, ConfigParseOptions.defaults().setAllowMissing(false))
          .withFallback(settings.config())
          .resolve();
      if (!c.hasPath("checks")) throw new IllegalArgumentException(file + ": no 'checks = [ … ]' list");
      for (Config check : c.getConfigList("checks")) {
        CheckSpec spec = CheckSpec.from(file, check);
        ModelFile model = models.get(spec.table());
        if (WrittenScope.KEYWORD.equals(spec.scope())) spec = spec.withScope(WrittenScope.predicate(file, model, spec));
        if (spec.type() == CheckType.UNIQUE && model != null) {
          throw new IllegalArgumentException(file + ": check " + spec.id() + ": the uniqueness of " + spec.table()
              + " is checked on the key its model declares (" + model.path() + ": key " + String.join(", ", model.key())
              + "); remove this check or change the key");
        }
        out.add(spec);
      }
    }
    return out;
  }

  /**
   * The blocking uniqueness check of a table model, on exactly its {@code -- key:}. A table written as date
   * slices ({@code write: slice COLUMN …}, {@code merge … within COLUMN}) is checked on the rows the night
   * wrote ({@link WrittenScope}; older rows were checked by the nights that wrote them); every other table is
   * checked whole.
   */
  public static CheckSpec keyCheck(ModelFile m) {
    if (m.key().isEmpty()) throw new IllegalStateException(m.path() + ": a table model declares its key ('-- key: k1, k2')");
    String column = m.write().sliceColumn();
    String scope = column == null ? "true" : WrittenScope.predicate(column, WrittenScope.parameter(m.name()));
    String id = m.name() + ":unique:" + String.join(",", m.key());
    return new CheckSpec(id, m.name(), CheckType.UNIQUE, m.key(), null, m.key(), null, null, null, scope, null, 0.5, true,
        "The key declared in " + m.path() + ".");
  }

  public List<CheckResult> run(LocalDate logicalDate, String runId) {
    return run(declared(), logicalDate, runId);
  }

  public List<CheckResult> run(List<CheckSpec> checks, LocalDate logicalDate, String runId) {
    // Each query is small and dominated by fixed cost (planning, a Spark job, the Delta file listing of each
    // scan), so the row checks of one table and scope, with that table and scope's uniqueness check, are one
    // query (CheckSql.rowChecks, CheckSql.keyAndRowChecks), and the queries of the night are UNION ALLed into
    // PARALLEL_CHECKS statements that run side by side (runTogether). Results stay in declared order.
    Map<String, Object> params = new HashMap<>(parameters(logicalDate, checks));
    params.putAll(WrittenScope.parameters(checks, WrittenSlices.of(spark, Warehouse.of(settings), logicalDate)));
    List<List<CheckSpec>> queries = queries(checks);
    List<List<List<CheckSpec>>> statements = new ArrayList<>();
    for (int i = 0; i < Math.min(PARALLEL_CHECKS, queries.size()); i++) statements.add(new ArrayList<>());
    for (int i = 0; i < queries.size(); i++) statements.get(i % statements.size()).add(queries.get(i));
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CHECKS);
    Map<CheckSpec, CheckResult> byCheck = new IdentityHashMap<>();
    try {
      List<Future<List<CheckResult>>> pending = new ArrayList<>();
      for (List<List<CheckSpec>> statement : statements) pending.add(pool.submit(() -> runTogether(statement, params)));
      for (Future<List<CheckResult>> f : pending) {
        for (CheckResult r : await(f)) byCheck.put(r.check(), r);
      }
    } finally {
      pool.shutdownNow();
    }
    List<CheckResult> results = new ArrayList<>();
    for (CheckSpec c : checks) results.add(byCheck.get(c));
    record(results, logicalDate, runId);
    return results;
  }

  /**
   * The night's checks as queries: the row checks of one table and scope, and the first uniqueness check of
   * that table and scope, share one query (one scan of the table); every other check is a query of its own.
   */
  static List<List<CheckSpec>> queries(List<CheckSpec> checks) {
    Map<List<String>, List<CheckSpec>> byTableAndScope = new LinkedHashMap<>();
    List<List<CheckSpec>> queries = new ArrayList<>();
    for (CheckSpec c : checks) {
      List<String> tableAndScope = List.of(c.table(), c.scope());
      List<CheckSpec> group = byTableAndScope.get(tableAndScope);
      boolean secondKey = c.type() == CheckType.UNIQUE && group != null && group.stream().anyMatch(g -> g.type() == CheckType.UNIQUE);
      if (!(c.type().rowCheck() || c.type() == CheckType.UNIQUE) || secondKey) {
        queries.add(List.of(c));
      } else {
        if (group == null) {
          group = new ArrayList<>();
          byTableAndScope.put(tableAndScope, group);
          queries.add(group);
        }
        group.add(c);
      }
    }
    return queries;
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running quality checks", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * What a check's scope may use: {@code :ds}, the logical date; {@code :min_from}, the earliest export
   * date the night's land runs landed or replaced a file for ({@link NightScope}, D when none): the model
   * rewrote dated slices from there on only, so a check of dated rows scoped to {@code >= :min_from} sees
   * every row the night wrote without re-reading the whole history; {@code :bench_from}, the earliest month
   * the night's bench run recomputed ({@link BenchMonths}), or {@link #EVERY_MONTH} when no bench run
   * recorded its months for D, so that a bench check then reads every month. A check with
   * {@code scope = written} uses a parameter of its own ({@link WrittenScope}), which {@link #run} adds.
   */
  Map<String, Object> parameters(LocalDate ds) {
    return parameters(ds, null);
  }

  /**
   * {@link #parameters(LocalDate)} for {@code checks} (every parameter when null): {@code :min_from} only when
   * one of their queries names it, since it is read from the whole landing ledger, which grows every night.
   */
  Map<String, Object> parameters(LocalDate ds, List<CheckSpec> checks) {
    Map<String, Object> out = new HashMap<>();
    out.put("ds", Date.valueOf(ds));
    out.put("bench_from", BenchMonths.earliest(spark, Warehouse.of(settings), ds).orElse(EVERY_MONTH));
    if (checks == null || checks.stream().anyMatch(c -> names(CheckSql.of(c), "min_from"))) {
      out.put("min_from", Date.valueOf(NightScope.of(spark, Warehouse.of(settings), ds, false).minFrom()));
    }
    return out;
  }

  /** Whether {@code sql} names the parameter (whole names only: :written_from_dw_t is not :written_from_dw_t_daily). */
  private static boolean names(String sql, String parameter) {
    return java.util.regex.Pattern.compile(":" + java.util.regex.Pattern.quote(parameter) + "(?![A-Za-z0-9_])").matcher(sql).find();
  }

  CheckResult runOne(CheckSpec c, Map<String, Object> params) {
    return runTogether(List.of(List.of(c)), params).get(0);
  }

  /**
   * Row checks of one table and scope ({@link CheckType#rowCheck()}), and at most one uniqueness check of the
   * same table and scope, counted in one scan.
   */
  List<CheckResult> runRowChecks(List<CheckSpec> checks, Map<String, Object> params) {
    return runTogether(List.of(checks), params);
  }

  /**
   * Queries of checks in one statement ({@link CheckSql#together}): each query is one check or the row checks
   * of one table and scope, with or without that table and scope's uniqueness check ({@link #queries}). A
   * query whose table does not exist yet is not run; its checks are {@code skipped}. Results in the order of
   * the queries and their checks.
   */
  List<CheckResult> runTogether(List<List<CheckSpec>> queries, Map<String, Object> params) {
    List<List<CheckSpec>> runnable = new ArrayList<>();
    for (List<CheckSpec> q : queries) {
      if (exists(q.get(0).table())) runnable.add(q);
    }
    Map<CheckSpec, Row> found = new IdentityHashMap<>();
    if (!runnable.isEmpty()) {
      for (Row r : query(CheckSql.together(runnable), params).collectAsList()) {
        found.put(runnable.get(r.getInt(0)).get(r.getInt(1)), r);
      }
    }
    List<CheckResult> out = new ArrayList<>();
    for (List<CheckSpec> q : queries) {
      for (CheckSpec c : q) {
        Row r = found.get(c);
        if (r == null) {
          out.add(new CheckResult(c, CheckStatus.SKIPPED, 0, "table " + c.table() + " does not exist yet"));
        } else {
          long failing = r.isNullAt(2) ? 0 : r.getLong(2);
          out.add(new CheckResult(c, status(c, failing), failing, r.isNullAt(3) ? null : r.getString(3)));
        }
      }
    }
    return out;
  }

  private boolean exists(String table) {
    String[] parts = table.split("\\.", 2);
    return spark.catalog().tableExists(parts[0], parts[1]);
  }

  /** The query with the parameters it names bound ({@code :ds}, {@code :min_from}, …). */
  private Dataset<Row> query(String sql, Map<String, Object> params) {
    Map<String, Object> used = new HashMap<>();
    params.forEach((name, value) -> {
      if (names(sql, name)) used.put(name, value);
    });
    return used.isEmpty() ? spark.sql(sql) : spark.sql(sql, used);
  }

  private static CheckStatus status(CheckSpec c, long failing) {
    return failing == 0 ? CheckStatus.PASS : (c.blocking() ? CheckStatus.FAIL : CheckStatus.WARN);
  }

  private void record(List<CheckResult> results, LocalDate ds, String runId) {
    List<Row> rows = new ArrayList<>();
    for (CheckResult r : results) {
      CheckSpec c = r.check();
      rows.add(RowFactory.create(Date.valueOf(ds), runId, c.id(), c.table(), c.type().toString(), c.blocking(), r.status().toString(), r.failingRows(), r.detail()));
    }
    TableWriter.of(spark, settings)
        .replaceSlice(RESULTS.spec(), spark.createDataFrame(rows, RESULTS.schema()), "logical_date = '" + ds + "'");
  }

  /** A readable table of the results. */
  public static void print(List<CheckResult> results, PrintStream out) {
    int w = "check".length();
    for (CheckResult r : results) w = Math.max(w, r.check().id().length());
    out.printf("%-" + w + "s  %-7s  %8s  %s%n", "check", "status", "failing", "detail");
    for (CheckResult r : results) {
      out.printf("%-" + w + "s  %-7s  %8d  %s%n", r.check().id(), r.status(), r.failingRows(), r.detail() == null ? "" : r.detail());
    }
  }
}
