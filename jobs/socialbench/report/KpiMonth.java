package socialbench.report;

import java.time.LocalDate;

/**
 * A page's KPI in one month next to the published statistics of the cohort it is ranked in. When the
 * statistics are withheld (disclosure control, docs/design.md §7) they and the rank are NULL and
 * {@code suppressedReason} says why ("fewer than k organizations", "one organization dominates", ...).
 */
public record KpiMonth(String pageId, String platform, LocalDate month, String kpi, Double value, Integer fallbackLevel,
    Long cohortNOrgs, Double percentileRank, Double p25, Double p50, Double p75, boolean suppressed,
    String suppressedReason) {}
