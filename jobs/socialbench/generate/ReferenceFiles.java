package socialbench.generate;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * INBOX/_reference/<date>/organizations.csv and pages.csv. Written on the first day of a run, every
 * Monday (fresh follower snapshots) and on any day an organization changes segment or a page its name.
 */
final class ReferenceFiles {
  static final String[] ORGANIZATIONS_HEADER = {"org_id", "name", "industry", "segment", "country", "agency_id"};
  static final String[] PAGES_HEADER = {"org_id", "platform", "page_id", "handle", "name", "timezone", "followers"};

  private ReferenceFiles() {}

  static boolean due(Population population, LocalDate date, boolean firstDay) {
    if (firstDay || date.getDayOfWeek() == DayOfWeek.MONDAY) return true;
    for (Organization o : population.organizations()) if (date.equals(o.segmentChangeDate())) return true;
    for (List<Page> pages : population.pagesByOrg()) for (Page p : pages) if (date.equals(p.renameDate())) return true;
    return false;
  }

  static void write(InboxWriter writer, Population population, FollowerModel followers, LocalDate date) {
    Table orgs = new Table("organizations", ORGANIZATIONS_HEADER);
    Table pages = new Table("pages", PAGES_HEADER);
    for (Organization o : population.organizations()) {
      orgs.row(o.id(), o.name(), o.industry(), o.segmentOn(date), o.country(), o.agencyId());
      for (Page p : population.pagesOf(o)) {
        pages.row(o.id(), p.platform().folder, p.pageId(), p.handle(), p.nameOn(date), p.zone().getId(), Long.toString(followers.followers(p, date)));
      }
    }
    String dir = "_reference/" + date + "/";
    writer.write(dir + "organizations.csv", CsvEncoder.encode(orgs, CsvDialect.PLAIN), orgs.rows.size(), date, 5);
    writer.write(dir + "pages.csv", CsvEncoder.encode(pages, CsvDialect.PLAIN), pages.rows.size(), date, 5);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
