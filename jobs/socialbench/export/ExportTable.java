package socialbench.export;

import java.util.List;

/**
 * One Parquet table of an agency extract and the query of {@code sql/export/<name>.sql} that fills it:
 * either the agency's clients' own rows, or published (unsuppressed) cohort statistics of cohorts with at least k
 * organizations outside the agency's clients.
 */
public record ExportTable(String name, Kind kind, List<String> parameters) {
  public enum Kind { CLIENT, COHORT }

  /** The tables of an extract, in the manifest's order. */
  public static final List<ExportTable> ALL = List.of(
      new ExportTable("organizations", Kind.CLIENT, List.of("month_end")),
      new ExportTable("pages", Kind.CLIENT, List.of("month_end")),
      new ExportTable("posts", Kind.CLIENT, List.of("month_start", "month_end")),
      new ExportTable("conversion_daily", Kind.CLIENT, List.of("month_start", "month_end")),
      new ExportTable("page_month", Kind.CLIENT, List.of("month_start")),
      new ExportTable("page_rank", Kind.CLIENT, List.of("month_start", "k")),
      new ExportTable("post_objective_month", Kind.CLIENT, List.of("month_start", "k")),
      new ExportTable("audience_quality", Kind.CLIENT, List.of("month_start")),
      new ExportTable("cohort_month", Kind.COHORT, List.of("month_start", "k")),
      new ExportTable("best_time", Kind.COHORT, List.of("month_start", "k")),
      new ExportTable("topic_month", Kind.COHORT, List.of("month_start", "k")),
      new ExportTable("funnel_month", Kind.COHORT, List.of("month_start", "k")));

  public String resource() {
    return "sql/export/" + name + ".sql";
  }
}
