package socialbench.report;

import java.util.List;

/** A KPI of bench.page_month as the report shows it: its column name, a label and how to format it. */
public record Kpi(String name, String label, Unit unit) {
  /** How a KPI's values read: a ratio shown as a percentage, posts per week, or money per lead. */
  public enum Unit { PERCENT, NUMBER, MONEY }

  /** The KPIs of docs/design.md §6 in the report's order. */
  public static final List<Kpi> ALL = List.of(
      new Kpi("engagement_rate_followers", "Engagement rate (per follower)", Unit.PERCENT),
      new Kpi("engagement_rate_reach", "Engagement rate (per reach)", Unit.PERCENT),
      new Kpi("engagement_rate_impressions", "Engagement rate (per impression)", Unit.PERCENT),
      new Kpi("click_through_rate", "Click-through rate", Unit.PERCENT),
      new Kpi("video_view_rate", "Video view rate", Unit.PERCENT),
      new Kpi("follower_growth_rate", "Follower growth", Unit.PERCENT),
      new Kpi("follower_churn_rate", "Follower churn", Unit.PERCENT),
      new Kpi("posts_per_week", "Posts per week", Unit.NUMBER),
      new Kpi("lead_rate", "Lead rate (leads / sessions)", Unit.PERCENT),
      new Kpi("mql_rate", "MQL rate (MQLs / leads)", Unit.PERCENT),
      new Kpi("customer_rate", "Customer rate (customers / leads)", Unit.PERCENT),
      new Kpi("cost_per_lead", "Cost per lead", Unit.MONEY),
      new Kpi("roi", "Return on ad spend (ROI)", Unit.PERCENT));

  /** The KPI of that name; an unknown name (a KPI added to the bench stage later) reads as a plain number. */
  public static Kpi named(String name) {
    for (Kpi k : ALL) {
      if (k.name.equals(name)) return k;
    }
    return new Kpi(name, name, Unit.NUMBER);
  }

  /** Position in {@link #ALL}; unknown KPIs sort after the known ones. */
  public int order() {
    int i = ALL.indexOf(this);
    return i < 0 ? ALL.size() : i;
  }

  public String format(Double value) {
    return switch (unit) {
      case PERCENT -> Format.percent(value);
      case NUMBER -> Format.decimal(value);
      case MONEY -> Format.money(value);
    };
  }
}
