package socialbench.generate;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One page (account, channel) of an organization on one platform, with the fixed parameters of its
 * synthetic audience. {@code followersAtReference} is the follower count on {@link FollowerModel#REFERENCE}.
 */
record Page(
    Organization org,
    Platform platform,
    int index,
    String pageId,
    String handle,
    String name,
    PageFormat format,
    double followersAtReference,
    double growthPerDay,
    double churnPerDay,
    double postsPerDay,
    double quality,
    boolean hollow,
    LocalDate renameDate,
    String laterName) {

  String nameOn(LocalDate date) {
    return renameDate != null && !date.isBefore(renameDate) ? laterName : name;
  }

  ZoneId zone() {
    return org.zone();
  }
}
