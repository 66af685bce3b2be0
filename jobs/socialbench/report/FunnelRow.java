package socialbench.report;

/**
 * The client's own funnel on one platform for the month and the pooled funnel of the narrowest published
 * cohort; the cohort fields are NULL when no cohort level has k organizations.
 */
public record FunnelRow(String platform, Long sessions, Long leads, Long mqls, Long customers, Double revenue, Double spend,
    Double leadRate, Double customerRate, Double costPerLead, Double roi, Integer cohortLevel, Long cohortNOrgs,
    Double cohortLeadRate, Double cohortCustomerRate, Double cohortCostPerLead, Double cohortRoi) {}
