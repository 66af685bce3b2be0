package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socialbench.model.ModelFile;
import socialbench.report.Kpi;
import socialbench.runtime.Resources;

/**
 * A KPI is a DOUBLE column of bench.page_month (sql/bench/page_month.sql). Every place that lists the KPIs
 * one by one must list all of them, in the table's order, with the same organization-level flag — so a KPI
 * added to page_month and forgotten elsewhere (the long form that cohort_month and page_rank read, the
 * report's labels, the dominance check's recomputation) fails here, naming the file. CONTRIBUTING.md, "Add a KPI".
 */
class KpiListTest {
  private static final Pattern STACK_ENTRY = Pattern.compile("'([a-z0-9_]+)', ([a-z0-9_]+), (true|false)");

  private static List<String> pageMonthKpis() {
    ModelFile pageMonth = ModelFile.parse("sql/bench/page_month.sql", Resources.text("sql/bench/page_month.sql"));
    List<String> kpis = new ArrayList<>();
    for (ModelFile.Column c : pageMonth.columns()) {
      if (c.type().equalsIgnoreCase("DOUBLE")) kpis.add(c.name());
    }
    return kpis;
  }

  /** The {@code 'kpi', column, org_level} entries of the first {@code stack(n, …)} in the text, as "kpi org_level". */
  private static List<String> stackEntries(String resource, String text) {
    int start = text.indexOf("stack(");
    if (start < 0) throw new AssertionError(resource + ": no stack(…) found");
    int end = text.indexOf(')', start); // the stack's entries hold no parentheses
    String stack = text.substring(start, end);
    int declared = Integer.parseInt(stack.substring("stack(".length(), stack.indexOf(',')).trim());
    List<String> out = new ArrayList<>();
    Matcher m = STACK_ENTRY.matcher(stack);
    while (m.find()) {
      assertEquals(m.group(1), m.group(2), resource + ": the KPI's name and its column differ");
      out.add(m.group(1) + " " + m.group(3));
    }
    assertEquals(declared, out.size(), resource + ": stack(" + declared + ", …) lists " + out.size() + " KPIs");
    return out;
  }

  private static List<String> names(List<String> entries) {
    return entries.stream().map(e -> e.substring(0, e.indexOf(' '))).toList();
  }

  @Test
  void theKpisArePageMonthsThirteenDoubleColumns() {
    assertEquals(List.of("engagement_rate_followers", "engagement_rate_reach", "engagement_rate_impressions",
        "click_through_rate", "video_view_rate", "follower_growth_rate", "follower_churn_rate", "posts_per_week",
        "lead_rate", "mql_rate", "customer_rate", "cost_per_lead", "roi"), pageMonthKpis());
  }

  @Test
  void theLongFormListsEveryKpiOfPageMonthInItsOrder() {
    String resource = "sql/bench/int_bench_page_kpi.sql";
    List<String> longForm = stackEntries(resource, Resources.text(resource));
    assertEquals(pageMonthKpis(), names(longForm), resource);
    // the funnel KPIs belong to the organization and platform (one value for all of its pages there)
    assertEquals(List.of("lead_rate true", "mql_rate true", "customer_rate true", "cost_per_lead true", "roi true"),
        longForm.stream().filter(e -> e.endsWith(" true")).toList(), resource);
  }

  @Test
  void theDominanceCheckRecomputesEveryKpiWithTheLongFormsOrganizationLevel() {
    String resource = "sql/checks/bench.conf";
    String text = Resources.text(resource);
    String check = text.substring(text.indexOf("cohort_month.no_dominant_organization"));
    assertEquals(stackEntries("sql/bench/int_bench_page_kpi.sql", Resources.text("sql/bench/int_bench_page_kpi.sql")),
        stackEntries(resource, check), resource + ", cohort_month.no_dominant_organization");
  }

  @Test
  void theReportHasALabelAndAUnitForEveryKpi() {
    assertEquals(pageMonthKpis(), Kpi.ALL.stream().map(Kpi::name).toList(), "jobs/socialbench/report/Kpi.java");
  }
}
