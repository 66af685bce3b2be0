package socialbench.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ClientReport} as one self-contained HTML document: inline CSS and inline SVG, no
 * scripts, fonts, images or links to anything outside the file. Every text from the warehouse is escaped;
 * the same data always gives the same bytes. Key numbers carry their raw value in a {@code data-value}
 * attribute so tools (and tests) can read them exactly.
 */
public final class HtmlReportWriter {
  static final String NOT_ENOUGH_PEERS = RankGauge.NOT_ENOUGH_PEERS;

  private HtmlReportWriter() {}

  public static String render(ClientReport r) {
    StringBuilder h = new StringBuilder(64 * 1024);
    Organization o = r.organization();
    String title = "Benchmark report: " + o.name() + " — " + r.month();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(e(title)).append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
    header(h, r);
    cohorts(h, r);
    for (PageReport p : r.pages()) {
      page(h, r, p);
    }
    funnel(h, r);
    h.append("<footer>Source: the published <code>bench</code> and <code>dw</code> tables of the socialbench warehouse. ")
        .append("Post metrics at day 7 after publishing. Percentile ranks leave the organization's own pages out of its cohort ")
        .append("(100 = top by value; for cost per lead and churn a low value is the good one). Statistics of a cohort with fewer than ")
        .append(r.minCohortOrgs()).append(" organizations are never shown: \"").append(NOT_ENOUGH_PEERS).append("\".</footer>\n");
    return h.append("</body>\n</html>\n").toString();
  }

  private static void header(StringBuilder h, ClientReport r) {
    Organization o = r.organization();
    h.append("<header>\n<h1 id=\"client\" data-org-id=\"").append(e(o.id())).append("\">").append(e(o.name())).append("</h1>\n");
    h.append("<p class=\"meta\">Organization <code>").append(e(o.id())).append("</code> · industry ").append(e(orDash(o.industry())))
        .append(" · segment ").append(e(orDash(o.segment()))).append(" · country ").append(e(orDash(o.country())))
        .append("</p>\n<p class=\"meta\">Month <strong id=\"month\">").append(r.month()).append("</strong> · trend from ")
        .append(r.firstTrendMonth()).append(" · minimum cohort size k = ").append(r.minCohortOrgs()).append(" organizations</p>\n</header>\n");
  }

  private static void cohorts(StringBuilder h, ClientReport r) {
    h.append("<section id=\"cohorts\">\n<h2>Pages and cohorts</h2>\n")
        .append("<p>A cohort is industry × segment × platform × size band (followers at month start). With fewer than ")
        .append(r.minCohortOrgs()).append(" organizations it falls back to a wider cohort: without size band (level 1), ")
        .append("without segment (2), platform only (3). Cohort sizes below are for engagement per follower.</p>\n")
        .append("<table><tr><th class=\"text\">Platform</th><th class=\"text\">Page</th><th>Followers (start → end)</th><th>Posts</th>")
        .append("<th class=\"text\">Cohort level</th><th class=\"text\">Cohort</th><th>Organizations</th><th class=\"text\">Statistics</th></tr>\n");
    for (PageReport p : r.pages()) {
      PageInfo i = p.page();
      KpiMonth k = current(p, r.month()).get("engagement_rate_followers");
      Integer level = k == null ? null : k.fallbackLevel();
      h.append("<tr class=\"cohort\" data-platform=\"").append(e(i.platform())).append("\" data-page-id=\"").append(e(i.pageId())).append("\">")
          .append("<td class=\"text\">").append(e(i.platform())).append("</td><td class=\"text\">").append(e(pageName(i))).append("</td>")
          .append("<td>").append(Format.count(i.followersStart())).append(" → ").append(Format.count(i.followersEnd())).append("</td>")
          .append("<td>").append(Format.count(i.posts())).append(i.isFinal() ? "" : " (not final)").append("</td>")
          .append("<td class=\"text\">").append(e(CohortLabel.level(level))).append("</td>")
          .append("<td class=\"text\">").append(e(CohortLabel.attributes(i, level))).append("</td>");
      if (k == null || k.suppressed()) {
        h.append("<td class=\"n-orgs\">").append(k == null || k.cohortNOrgs() == null ? Format.MISSING : Format.count(k.cohortNOrgs()))
            .append("</td><td class=\"suppressed\">").append(e(withheld(k == null ? null : k.suppressedReason()))).append("</td>");
      } else {
        h.append("<td class=\"n-orgs\">").append(Format.count(k.cohortNOrgs())).append("</td><td class=\"text\">published</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void page(StringBuilder h, ClientReport r, PageReport p) {
    PageInfo i = p.page();
    h.append("<section class=\"platform\" id=\"").append(e(anchor(i))).append("\" data-platform=\"").append(e(i.platform()))
        .append("\" data-page-id=\"").append(e(i.pageId())).append("\">\n<h2>").append(e(i.platform())).append(": ").append(e(pageName(i)))
        .append("</h2>\n");
    kpiTable(h, r, p);
    trends(h, r, p);
    topPosts(h, p);
    bestTime(h, p);
    audience(h, p);
    h.append("</section>\n");
  }

  private static void kpiTable(StringBuilder h, ClientReport r, PageReport p) {
    h.append("<h3>KPIs in ").append(r.month()).append(" against the cohort</h3>\n<table class=\"kpis\"><tr><th class=\"text\">KPI</th>")
        .append("<th>Value</th><th class=\"text\">Cohort level</th><th>Organizations</th><th>p25</th><th>Median</th><th>p75</th>")
        .append("<th>Percentile rank</th></tr>\n");
    for (KpiMonth k : sorted(current(p, r.month()).values())) {
      Kpi kpi = Kpi.named(k.kpi());
      h.append("<tr class=\"kpi\" data-kpi=\"").append(e(k.kpi())).append("\"><td class=\"text\">").append(e(kpi.label())).append("</td>")
          .append("<td class=\"value\"").append(dataValue(k.value())).append('>').append(e(kpi.format(k.value()))).append("</td>")
          .append("<td class=\"text\">").append(e(CohortLabel.level(k.fallbackLevel()))).append("</td>")
          .append("<td>").append(Format.count(k.cohortNOrgs())).append("</td>");
      if (k.suppressed()) {
        h.append("<td colspan=\"3\" class=\"suppressed\">").append(e(withheld(k.suppressedReason()))).append("</td>");
      } else {
        h.append("<td class=\"p25\"").append(dataValue(k.p25())).append('>').append(e(kpi.format(k.p25()))).append("</td>")
            .append("<td class=\"median\"").append(dataValue(k.p50())).append('>').append(e(kpi.format(k.p50()))).append("</td>")
            .append("<td class=\"p75\"").append(dataValue(k.p75())).append('>').append(e(kpi.format(k.p75()))).append("</td>");
      }
      h.append("<td class=\"rank\"").append(k.suppressed() ? "" : dataValue(k.percentileRank())).append('>')
          .append(RankGauge.svg(k.percentileRank(), k.suppressed())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void trends(StringBuilder h, ClientReport r, PageReport p) {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < ClientReport.TREND_MONTHS; i++) months.add(r.firstTrendMonth().plusMonths(i));
    Map<String, Map<YearMonth, KpiMonth>> byKpi = new LinkedHashMap<>();
    for (KpiMonth k : p.kpis()) {
      byKpi.computeIfAbsent(k.kpi(), x -> new LinkedHashMap<>()).put(YearMonth.from(k.month()), k);
    }
    h.append("<h3>Trend over ").append(ClientReport.TREND_MONTHS).append(" months</h3>\n<p class=\"legend\">")
        .append("<span><i class=\"swatch\" style=\"background:#d95f02\"></i>this page</span>")
        .append("<span><i class=\"swatch\" style=\"background:#3182bd\"></i>cohort median</span>")
        .append("<span><i class=\"swatch\" style=\"background:#9ecae1\"></i>cohort p25–p75</span></p>\n<div class=\"trends\">\n");
    List<String> kpis = new ArrayList<>(byKpi.keySet());
    kpis.sort(Comparator.comparingInt((String n) -> Kpi.named(n).order()).thenComparing(n -> n));
    int drawn = 0;
    for (String name : kpis) {
      Map<YearMonth, KpiMonth> series = byKpi.get(name);
      if (series.values().stream().allMatch(k -> k.value() == null)) continue;
      Kpi kpi = Kpi.named(name);
      h.append("<figure class=\"trend\" data-kpi=\"").append(e(name)).append("\"><figcaption>").append(e(kpi.label()))
          .append("</figcaption>").append(TrendChart.svg(kpi, months, series)).append("</figure>\n");
      drawn++;
    }
    if (drawn == 0) h.append("<p class=\"note\">No KPI values in these months.</p>\n");
    h.append("</div>\n");
  }

  private static void topPosts(StringBuilder h, PageReport p) {
    h.append("<h3>Top posts</h3>\n");
    if (p.topPosts().isEmpty()) {
      h.append("<p>No posts this month.</p>\n");
      return;
    }
    h.append("<table class=\"top-posts\"><tr><th class=\"text\">Post</th><th class=\"text\">Published</th><th class=\"text\">Type</th>")
        .append("<th class=\"text\">Objective</th><th>Engagements (day 7)</th><th>Followers at publish</th><th>Engagement rate</th>")
        .append("<th>Rank on objective</th></tr>\n");
    for (TopPost t : p.topPosts()) {
      h.append("<tr data-post-id=\"").append(e(t.postId())).append("\"><td class=\"text\"><code>").append(e(t.postId())).append("</code></td>")
          .append("<td class=\"text\">").append(t.publishedDate() == null ? Format.MISSING : t.publishedDate().toString()).append("</td>")
          .append("<td class=\"text\">").append(e(orDash(t.postType()))).append("</td><td class=\"text\">").append(e(orDash(t.objective())))
          .append("</td><td>").append(Format.count(t.engagementsD7())).append("</td><td>").append(Format.count(t.followersAtPublish()))
          .append("</td><td").append(dataValue(t.engagementRate())).append('>').append(Format.percent(t.engagementRate()))
          .append("</td><td>").append(Format.rank(t.objectivePercentileRank())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void bestTime(StringBuilder h, PageReport p) {
    h.append("<h3>Best time to post</h3>\n<p class=\"meta\">Cohort level ").append(e(CohortLabel.level(p.bestTimeLevel())))
        .append(" (").append(e(CohortLabel.attributes(p.page(), p.bestTimeLevel())))
        .append("); median day-7 engagement rate by local day and hour, darker is better.</p>\n");
    if (p.postsWithoutHourShare() != null && p.postsWithoutHourShare() > 0) {
      h.append("<p class=\"meta without-hour\">").append(Format.percent(p.postsWithoutHourShare()))
          .append(" of the cohort's posts have no time of day (the platform exports only a date) and are not in the heatmap.</p>\n");
    }
    boolean anyPublished = p.bestTime().stream().anyMatch(c -> !c.suppressed() && c.medianEngagementRate() != null);
    if (!anyPublished) {
      h.append("<p class=\"suppressed best-time\">").append(NOT_ENOUGH_PEERS).append("</p>\n");
      return;
    }
    h.append(BestTimeHeatmap.svg(p.bestTime())).append('\n');
  }

  private static void audience(StringBuilder h, PageReport p) {
    h.append("<h3>Audience quality</h3>\n");
    AudienceQuality a = p.audience();
    if (a == null) {
      h.append("<p>No follower or engagement data this month.</p>\n");
      return;
    }
    h.append("<table class=\"audience\"><tr><th>Followers at month start</th><th>Engagement per follower</th>")
        .append("<th class=\"text\">Cohort level</th><th>Follower size percentile</th><th>Engagement percentile</th><th class=\"text\">Hollow audience</th></tr>\n<tr>")
        .append("<td>").append(Format.count(a.followersStart())).append("</td><td>").append(Format.percent(a.engagementRate())).append("</td>")
        .append("<td class=\"text\">").append(e(CohortLabel.level(a.fallbackLevel()))).append("</td>");
    if (a.suppressed()) {
      h.append("<td colspan=\"3\" class=\"suppressed\">").append(NOT_ENOUGH_PEERS).append("</td>");
    } else {
      h.append("<td>").append(Format.rank(a.followerSizePercentile())).append("</td><td>").append(Format.rank(a.engagementPercentile()))
          .append("</td><td class=\"text\">").append(a.isHollow() == null ? Format.MISSING : a.isHollow() ? "yes: large following, low engagement" : "no")
          .append("</td>");
    }
    h.append("</tr>\n</table>\n");
  }

  private static void funnel(StringBuilder h, ClientReport r) {
    h.append("<section id=\"funnel\">\n<h2>Funnel and ROI by platform</h2>\n");
    if (r.funnel().isEmpty()) {
      h.append("<p>No web, CRM or ad data for this month.</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"funnel\"><tr><th class=\"text\">Platform</th><th>Sessions</th><th>Leads</th><th>MQLs</th><th>Customers</th>")
        .append("<th>Lead rate</th><th>Cohort lead rate</th><th>Cost per lead</th><th>Cohort cost per lead</th><th>ROI</th><th>Cohort ROI</th>")
        .append("<th class=\"text\">Cohort</th></tr>\n");
    for (FunnelRow f : r.funnel()) {
      boolean cohort = f.cohortLeadRateReason() == null && f.cohortLevel() != null;
      h.append("<tr data-platform=\"").append(e(f.platform())).append("\"><td class=\"text\">").append(e(f.platform())).append("</td>")
          .append("<td>").append(Format.count(f.sessions())).append("</td><td>").append(Format.count(f.leads())).append("</td><td>")
          .append(Format.count(f.mqls())).append("</td><td>").append(Format.count(f.customers())).append("</td>")
          .append("<td>").append(Format.percent(f.leadRate())).append("</td>")
          .append(cohortCell(f.cohortLeadRateReason(), Format.percent(f.cohortLeadRate())))
          .append("<td>").append(Format.money(f.costPerLead())).append("</td>")
          .append(cohortCell(f.cohortCostPerLeadReason(), Format.money(f.cohortCostPerLead())))
          .append("<td>").append(Format.percent(f.roi())).append("</td>")
          .append(cohortCell(f.cohortRoiReason(), Format.percent(f.cohortRoi())))
          .append("<td class=\"text\">").append(cohort ? "median of level " + f.cohortLevel() + ", " + Format.count(f.cohortNOrgs()) + " organizations" : e(withheld(f.cohortLeadRateReason())))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  /** A cohort figure, or why it is withheld ({@code reason} non-NULL). */
  private static String cohortCell(String reason, String text) {
    return reason == null ? "<td>" + e(text) + "</td>" : "<td class=\"suppressed\">" + e(withheld(reason)) + "</td>";
  }

  /** The text of a withheld statistic: "not published: " and the disclosure rule that withholds it. */
  static String withheld(String reason) {
    return "not published: " + (reason == null ? "fewer than k organizations" : reason);
  }

  /** The page's KPI rows of the report's month, by KPI name. */
  private static Map<String, KpiMonth> current(PageReport p, YearMonth month) {
    LocalDate start = month.atDay(1);
    Map<String, KpiMonth> out = new LinkedHashMap<>();
    for (KpiMonth k : p.kpis()) {
      if (k.month().equals(start)) out.put(k.kpi(), k);
    }
    return out;
  }

  private static List<KpiMonth> sorted(java.util.Collection<KpiMonth> ks) {
    List<KpiMonth> out = new ArrayList<>(ks);
    out.sort(Comparator.comparingInt((KpiMonth k) -> Kpi.named(k.kpi()).order()).thenComparing(KpiMonth::kpi));
    return out;
  }

  private static String dataValue(Double v) {
    return v == null ? "" : " data-value=\"" + v + "\"";
  }

  private static String pageName(PageInfo i) {
    String handle = i.handle() == null ? i.pageId() : i.handle();
    return i.name() == null ? handle : i.name() + " (" + handle + ")";
  }

  private static String anchor(PageInfo i) {
    return "page-" + i.platform() + "-" + i.pageId().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String orDash(String s) {
    return s == null ? Format.MISSING : s;
  }

  private static String e(String s) {
    return Html.escape(s);
  }
}
