package socialbench.land;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time zones of pages, from the {@code timezone} column of reference pages: the zone in which
 * time-zone-less timestamps of an (org, platform) are read. Unknown pages and invalid zones → UTC.
 */
final class PageZones {
  private final Map<String, ZoneId> zones = new HashMap<>();

  static PageZones none() {
    return new PageZones();
  }

  /** Adds the pages rows of a parsed reference member (format ref_pages). */
  void add(ParsedMember pages) {
    List<ColumnSpec> cols = pages.format().landedColumns();
    int org = indexOf(cols, "org_id");
    int platform = indexOf(cols, "platform");
    int tz = indexOf(cols, "timezone");
    if (org < 0 || platform < 0 || tz < 0) return;
    for (Object[] row : pages.rows()) {
      Object zone = row[tz];
      if (zone == null || row[org] == null || row[platform] == null) continue;
      try {
        zones.putIfAbsent(row[org] + "/" + row[platform], ZoneId.of(zone.toString()));
      } catch (DateTimeException e) {
        // an invalid zone name reads as UTC
      }
    }
  }

  ZoneId zoneOf(String orgId, String platform) {
    return zones.getOrDefault(orgId + "/" + platform, ZoneOffset.UTC);
  }

  private static int indexOf(List<ColumnSpec> cols, String name) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(name)) return i;
    }
    return -1;
  }
}
