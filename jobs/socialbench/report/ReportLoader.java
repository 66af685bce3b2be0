package socialbench.report;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.bench.AnalystViews;

/**
 * Loads a client's report data from the published bench and dw tables of a reader session
 * ({@code SparkSessions.startReader}), with the queries of {@code sql/report/}.
 */
public final class ReportLoader {
  private static final String RANKED_KPI = "engagement_rate_followers";

  private final SparkSession spark;
  private final int minCohortOrgs;

  public ReportLoader(SparkSession spark, int minCohortOrgs) {
    this.spark = spark;
    this.minCohortOrgs = minCohortOrgs;
  }

  public ClientReport load(String orgId, YearMonth month) {
    requireTables();
    AnalystViews.register(spark); // page_kpis reads client_vs_industry
    LocalDate start = month.atDay(1);
    LocalDate end = month.atEndOfMonth();
    spark.sql(ReportSql.read("sql/report/agency_clients.sql"), Map.of("org_id", orgId, "month_end", Date.valueOf(end)))
        .createOrReplaceTempView("agency_clients");
    spark.sql(ReportSql.read("sql/agency/client_cohorts.sql"), Map.of("month_end", Date.valueOf(end)))
        .createOrReplaceTempView("report_client_cohorts");
    Organization org = organization(orgId, end);
    long monthRows = spark.sql("select count(*) from bench.page_month where month = :m", Map.of("m", Date.valueOf(start)))
        .first().getLong(0);
    if (monthRows == 0) {
      throw new ReportInputError("no published benchmarks for " + month + ": bench.page_month has no rows for that month");
    }
    List<PageInfo> pages = pages(orgId, start, end);
    if (pages.isEmpty()) {
      throw new ReportInputError("organization " + orgId + " has no pages in the published benchmarks for " + month);
    }
    Map<String, List<KpiMonth>> kpis = kpis(orgId, month);
    Map<String, AudienceQuality> audience = audience(orgId, start);
    List<PageReport> out = new ArrayList<>();
    for (PageInfo p : pages) {
      String key = p.platform() + "/" + p.pageId();
      List<KpiMonth> pageKpis = kpis.getOrDefault(key, List.of());
      int level = bestTimeLevel(pageKpis, start);
      List<BestTimeCell> cells = new ArrayList<>();
      Double withoutHour = bestTime(p, start, level, cells);
      out.add(new PageReport(p, pageKpis, topPosts(p, start, end), level, cells, withoutHour, audience.get(key)));
    }
    return new ClientReport(org, month, minCohortOrgs, out, funnel(org, start, end));
  }

  private void requireTables() {
    for (String t : List.of("dw.dim_organization", "dw.dim_page", "dw.fct_post", "dw.fct_conversion_daily", "bench.page_month",
        "bench.page_rank", "bench.cohort_month", "bench.best_time", "bench.funnel_month", "bench.audience_quality",
        "bench.post_objective_month")) {
      String[] parts = t.split("\\.");
      if (!spark.catalog().tableExists(parts[0], parts[1])) {
        throw new ReportInputError(t + " does not exist in the warehouse; run the nightly pipeline first");
      }
    }
  }

  private Organization organization(String orgId, LocalDate end) {
    List<Row> rows = ReportSql.run(spark, "organization", Map.of("org_id", orgId, "month_end", Date.valueOf(end)));
    if (rows.isEmpty()) {
      throw new ReportInputError("unknown organization '" + orgId + "': not in dw.dim_organization");
    }
    Row r = rows.get(0);
    return new Organization(Rows.str(r, "org_id"), Rows.str(r, "name"), Rows.str(r, "industry"), Rows.str(r, "segment"),
        Rows.str(r, "country"), Rows.str(r, "agency_id"));
  }

  private List<PageInfo> pages(String orgId, LocalDate start, LocalDate end) {
    List<PageInfo> out = new ArrayList<>();
    for (Row r : ReportSql.run(spark, "pages", Map.of("org_id", orgId, "month_start", Date.valueOf(start),
        "month_end", Date.valueOf(end)))) {
      out.add(new PageInfo(Rows.str(r, "page_id"), Rows.str(r, "platform"), Rows.str(r, "handle"), Rows.str(r, "name"),
          Rows.str(r, "industry"), Rows.str(r, "segment"), Rows.str(r, "size_band"), Rows.lng(r, "followers_start"),
          Rows.lng(r, "followers_end"), Rows.lng(r, "posts"), Boolean.TRUE.equals(Rows.bool(r, "is_final"))));
    }
    return out;
  }

  /** KPI rows of the 13-month window per "platform/page_id". */
  private Map<String, List<KpiMonth>> kpis(String orgId, YearMonth month) {
    Map<String, List<KpiMonth>> out = new LinkedHashMap<>();
    YearMonth from = month.minusMonths(ClientReport.TREND_MONTHS - 1);
    for (Row r : ReportSql.run(spark, "page_kpis", Map.of("org_id", orgId, "from_month", Date.valueOf(from.atDay(1)),
        "month_start", Date.valueOf(month.atDay(1)), "k", minCohortOrgs))) {
      KpiMonth k = new KpiMonth(Rows.str(r, "page_id"), Rows.str(r, "platform"), Rows.date(r, "month"), Rows.str(r, "kpi"),
          Rows.dbl(r, "value"), Rows.integer(r, "fallback_level"), Rows.lng(r, "cohort_n_orgs"),
          Rows.dbl(r, "percentile_rank"), Rows.dbl(r, "p25"), Rows.dbl(r, "p50"), Rows.dbl(r, "p75"),
          Boolean.TRUE.equals(Rows.bool(r, "suppressed")), Rows.str(r, "suppressed_reason"));
      out.computeIfAbsent(k.platform() + "/" + k.pageId(), x -> new ArrayList<>()).add(k);
    }
    return out;
  }

  /** The fallback level the page is ranked at for engagement per follower this month (3 when unknown). */
  private static int bestTimeLevel(List<KpiMonth> kpis, LocalDate start) {
    for (KpiMonth k : kpis) {
      if (k.kpi().equals(RANKED_KPI) && k.month().equals(start) && k.fallbackLevel() != null) return k.fallbackLevel();
    }
    return 3;
  }

  private List<TopPost> topPosts(PageInfo p, LocalDate start, LocalDate end) {
    List<TopPost> out = new ArrayList<>();
    for (Row r : ReportSql.run(spark, "top_posts", Map.of("page_id", p.pageId(), "platform", p.platform(),
        "month_start", Date.valueOf(start), "month_end", Date.valueOf(end)))) {
      out.add(new TopPost(Rows.str(r, "post_id"), Rows.date(r, "published_date"), Rows.str(r, "post_type"),
          Rows.str(r, "objective"), Rows.lng(r, "engagements_d7"), Rows.lng(r, "followers_at_publish"),
          Rows.dbl(r, "engagement_rate"), Rows.dbl(r, "objective_percentile_rank")));
    }
    return out;
  }

  /** Fills {@code out} with the cohort's timed cells; returns the share of its posts without a time of day. */
  private Double bestTime(PageInfo p, LocalDate start, int level, List<BestTimeCell> out) {
    Double withoutHour = null;
    for (Row r : ReportSql.run(spark, "best_time", Map.of("page_id", p.pageId(), "platform", p.platform(),
        "month_start", Date.valueOf(start), "level", level, "k", minCohortOrgs))) {
      if (Rows.dbl(r, "posts_without_hour_share") != null) withoutHour = Rows.dbl(r, "posts_without_hour_share");
      Integer day = Rows.integer(r, "local_day_of_week");
      Integer hour = Rows.integer(r, "local_hour");
      if (day == null || hour == null) continue;
      out.add(new BestTimeCell(day, hour, Rows.lng(r, "n_orgs"), Rows.dbl(r, "p50_engagement_rate"),
          Boolean.TRUE.equals(Rows.bool(r, "suppressed"))));
    }
    return withoutHour;
  }

  private Map<String, AudienceQuality> audience(String orgId, LocalDate start) {
    Map<String, AudienceQuality> out = new LinkedHashMap<>();
    for (Row r : ReportSql.run(spark, "audience_quality", Map.of("org_id", orgId, "month_start", Date.valueOf(start)))) {
      AudienceQuality a = new AudienceQuality(Rows.str(r, "page_id"), Rows.str(r, "platform"), Rows.lng(r, "followers_start"),
          Rows.dbl(r, "engagement_rate_followers"), Rows.integer(r, "fallback_level"), Rows.lng(r, "cohort_n_orgs"),
          Rows.dbl(r, "follower_size_percentile"), Rows.dbl(r, "engagement_percentile"), Rows.bool(r, "is_hollow"),
          Boolean.TRUE.equals(Rows.bool(r, "suppressed")));
      out.put(a.platform() + "/" + a.pageId(), a);
    }
    return out;
  }

  private List<FunnelRow> funnel(Organization org, LocalDate start, LocalDate end) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("org_id", org.id());
    p.put("month_start", Date.valueOf(start));
    p.put("month_end", Date.valueOf(end));
    p.put("industry", org.industry() == null ? "" : org.industry());
    p.put("segment", org.segment() == null ? "" : org.segment());
    p.put("k", minCohortOrgs);
    List<FunnelRow> out = new ArrayList<>();
    for (Row r : ReportSql.run(spark, "funnel", p)) {
      out.add(new FunnelRow(Rows.str(r, "platform"), Rows.lng(r, "sessions"), Rows.lng(r, "leads"), Rows.lng(r, "mqls"),
          Rows.lng(r, "customers"), Rows.dbl(r, "revenue"), Rows.dbl(r, "spend"), Rows.dbl(r, "lead_rate"),
          Rows.dbl(r, "customer_rate"), Rows.dbl(r, "cost_per_lead"), Rows.dbl(r, "roi"), Rows.integer(r, "cohort_fallback_level"),
          Rows.lng(r, "cohort_n_orgs"), Rows.dbl(r, "cohort_lead_rate"), Rows.str(r, "cohort_lead_rate_reason"),
          Rows.dbl(r, "cohort_customer_rate"), Rows.str(r, "cohort_customer_rate_reason"),
          Rows.dbl(r, "cohort_cost_per_lead"), Rows.str(r, "cohort_cost_per_lead_reason"),
          Rows.dbl(r, "cohort_roi"), Rows.str(r, "cohort_roi_reason")));
    }
    return out;
  }
}
