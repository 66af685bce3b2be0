package socialbench.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Resources;

/**
 * {@code socialbench export --agency A --month YYYY-MM --out DIR}: one Parquet table per {@link ExportTable}
 * with only agency A's clients' rows, plus the month's published cohort statistics of cohorts with at least k
 * organizations that are not A's clients (suppressed rows never leave the warehouse), and a manifest with the row counts. Reads the published tables of a reader session.
 */
public final class AgencyExport {
  private final SparkSession spark;
  private final int minCohortOrgs;

  /** {@code minCohortOrgs}: k, the organizations outside the agency's clients a cohort statistic needs. */
  public AgencyExport(SparkSession spark, int minCohortOrgs) {
    this.spark = spark;
    this.minCohortOrgs = minCohortOrgs;
  }

  public ExportManifest run(String agency, YearMonth month, Path out) {
    requireTables();
    Map<String, Object> all = Map.of("month_start", Date.valueOf(month.atDay(1)), "month_end", Date.valueOf(month.atEndOfMonth()),
        "k", minCohortOrgs);
    List<String> clients = clients(agency, month);
    long monthRows = spark.sql("select count(*) from bench.page_month where month = :month_start",
        Map.of("month_start", all.get("month_start"))).first().getLong(0);
    if (monthRows == 0) {
      throw new ExportInputError("no published benchmarks for " + month + ": bench.page_month has no rows for that month");
    }
    ExportDirectory dir = new ExportDirectory(out);
    dir.open();
    try {
      Dataset<Row> clientIds = spark.createDataset(clients, org.apache.spark.sql.Encoders.STRING()).toDF("org_id");
      clientIds.createOrReplaceTempView("export_clients");
      clientIds.createOrReplaceTempView("agency_clients");
      spark.sql(read("sql/agency/client_cohorts.sql"), Map.of("month_end", all.get("month_end")))
          .createOrReplaceTempView("export_client_cohorts");
      spark.sql(read("sql/agency/client_page_cohorts.sql"), Map.of("month_start", all.get("month_start")))
          .createOrReplaceTempView("export_client_page_cohorts");
      Map<String, Long> rows = new LinkedHashMap<>();
      Map<String, ExportTable.Kind> kinds = new LinkedHashMap<>();
      for (ExportTable t : ExportTable.ALL) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String p : t.parameters()) params.put(p, all.get(p));
        Dataset<Row> data = spark.sql(read(t.resource()), params);
        String path = dir.temp().resolve(t.name()).toUri().toString();
        data.coalesce(1).write().parquet(path);
        rows.put(t.name(), spark.read().parquet(path).count());
        kinds.put(t.name(), t.kind());
      }
      ExportManifest manifest = new ExportManifest(agency, month, clients, rows, kinds);
      Files.writeString(dir.temp().resolve(ExportManifest.FILE), manifest.toJson(), StandardCharsets.UTF_8);
      dir.commit();
      return manifest;
    } catch (IOException e) {
      dir.abandon();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      dir.abandon();
      throw e;
    } finally {
      spark.catalog().dropTempView("export_client_page_cohorts");
      spark.catalog().dropTempView("export_client_cohorts");
      spark.catalog().dropTempView("export_clients");
      spark.catalog().dropTempView("agency_clients");
    }
  }

  private List<String> clients(String agency, YearMonth month) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.sql(read("sql/export/clients.sql"), Map.of("agency_id", agency,
        "month_end", Date.valueOf(month.atEndOfMonth()))).collectAsList()) {
      out.add(r.getString(0));
    }
    out.sort(null);
    if (out.isEmpty()) {
      long known = spark.sql("select count(*) from dw.dim_organization where agency_id = :a", Map.of("a", agency)).first().getLong(0);
      throw new ExportInputError(known == 0
          ? "unknown agency '" + agency + "': no organization in dw.dim_organization has that agency_id"
          : "agency '" + agency + "' has no clients on " + month.atEndOfMonth());
    }
    return out;
  }

  private void requireTables() {
    for (String t : List.of("dw.dim_organization", "dw.dim_page", "dw.fct_post", "dw.fct_conversion_daily", "bench.page_month",
        "bench.page_rank", "bench.post_objective_month", "bench.audience_quality", "bench.cohort_month", "bench.best_time",
        "bench.topic_month", "bench.funnel_month")) {
      String[] parts = t.split("\\.");
      if (!spark.catalog().tableExists(parts[0], parts[1])) {
        throw new ExportInputError(t + " does not exist in the warehouse; run the nightly pipeline first");
      }
    }
  }

  static String read(String resource) {
    return Resources.text(resource);
  }
}
