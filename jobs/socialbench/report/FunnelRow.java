package socialbench.report;

/**
 * The client's own funnel on one platform for the month and, per rate, the median of the organizations' rates
 * in the narrowest cohort that may be shown (bench.funnel_month); a rate without one carries the reason
 * instead ({@code cohort*Reason}).
 */
public record FunnelRow(String platform, Long sessions, Long leads, Long mqls, Long customers, Double revenue, Double spend,
    Double leadRate, Double customerRate, Double costPerLead, Double roi, Integer cohortLevel, Long cohortNOrgs,
    Double cohortLeadRate, String cohortLeadRateReason, Double cohortCustomerRate, String cohortCustomerRateReason,
    Double cohortCostPerLead, String cohortCostPerLeadReason, Double cohortRoi, String cohortRoiReason) {}
