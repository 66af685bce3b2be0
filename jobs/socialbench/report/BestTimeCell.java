package socialbench.report;

/**
 * A day-of-week × hour cell of the cohort's best-time heatmap (bench.best_time): the median engagement rate,
 * NULL when withheld.
 */
public record BestTimeCell(int dayOfWeek, int hour, long nOrgs, Double medianEngagementRate, boolean suppressed) {}
