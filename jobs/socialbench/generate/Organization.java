package socialbench.generate;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One synthetic organization: its registry fields (organizations.csv), its web domain, time zone, the
 * org-level channels it exports (web analytics, CRM, ads) and an optional segment change on a date.
 */
record Organization(
    int index,
    String id,
    String name,
    String industry,
    String segment,
    String country,
    String agencyId,
    ZoneId zone,
    String domain,
    boolean hasWeb,
    boolean hasCrm,
    boolean hasAds,
    double leadRate,
    double dealMedian,
    LocalDate segmentChangeDate,
    String laterSegment) {

  String segmentOn(LocalDate date) {
    return segmentChangeDate != null && !date.isBefore(segmentChangeDate) ? laterSegment : segment;
  }
}
