package socialbench.report;

import java.time.LocalDate;

/**
 * A page's KPI in one month next to the published statistics of the cohort it is ranked in. When the
 * cohort is suppressed (fewer than k organizations) the statistics and the rank are NULL and the report
 * says "not enough peers".
 */
public record KpiMonth(String pageId, String platform, LocalDate month, String kpi, Double value, Integer fallbackLevel,
    Long cohortNOrgs, Long cohortNPages, Double percentileRank, Double p25, Double p50, Double p75, boolean suppressed) {}
