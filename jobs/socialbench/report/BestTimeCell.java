package socialbench.report;

/** A day-of-week × hour cell of the cohort's best-time heatmap (bench.best_time). */
public record BestTimeCell(int dayOfWeek, int hour, long nOrgs, long nPosts, Double meanEngagementRate, boolean suppressed) {}
