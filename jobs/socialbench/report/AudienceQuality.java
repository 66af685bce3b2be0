package socialbench.report;

/** A page's follower size against its engagement in its cohort (bench.audience_quality). */
public record AudienceQuality(String pageId, String platform, Long followersStart, Double engagementRate,
    Integer fallbackLevel, Long cohortNOrgs, Double followerSizePercentile, Double engagementPercentile, Boolean isHollow,
    boolean suppressed) {}
