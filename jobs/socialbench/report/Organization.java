package socialbench.report;

/** The client organization as dw.dim_organization describes it for the report's month. */
public record Organization(String id, String name, String industry, String segment, String country, String agencyId) {}
