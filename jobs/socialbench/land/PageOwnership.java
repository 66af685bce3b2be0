package socialbench.land;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which organization each page belongs to, from reference pages (pages.csv): a page-scoped file may only
 * describe pages of the organization whose inbox folder it sits in, and a file that names no page must
 * leave no doubt which page it describes (docs/design.md §6 "a post belongs to the page its export names", §8).
 */
final class PageOwnership {
  private final Map<String, Set<String>> ownersOfPage = new HashMap<>();
  private final Map<String, Set<String>> pagesOfOrgPlatform = new HashMap<>();

  /** Adds the rows of a parsed reference member (format ref_pages). */
  void add(ParsedMember pages) {
    List<ColumnSpec> cols = pages.format().landedColumns();
    int org = indexOf(cols, "org_id");
    int platform = indexOf(cols, "platform");
    int page = indexOf(cols, "page_id");
    if (org < 0 || platform < 0 || page < 0) return;
    for (Object[] row : pages.rows()) {
      if (row[org] == null || row[platform] == null || row[page] == null) continue;
      ownersOfPage.computeIfAbsent(row[page].toString(), k -> new TreeSet<>()).add(row[org].toString());
      pagesOfOrgPlatform.computeIfAbsent(row[org] + "/" + row[platform], k -> new TreeSet<>()).add(row[page].toString());
    }
  }

  /**
   * Why a parsed file of {@code orgId}'s {@code platform} folder may not land, or null: it names a page
   * that pages.csv gives to another organization (only), or it names no page while pages.csv gives the
   * organization several pages on that platform. The other organization is not named in the reason.
   */
  String rejection(String orgId, String platform, ParsedMember parsed) {
    FormatSpec format = parsed.format();
    if (!format.pageScoped()) return null;
    if (format.pageIdColumn() == null) {
      Set<String> pages = pagesOfOrgPlatform.getOrDefault(orgId + "/" + platform, Set.of());
      if (pages.size() <= 1) return null;
      return "ambiguous page: the file names no page and pages.csv gives " + orgId + " " + pages.size() + " " + platform
          + " pages (" + String.join(", ", pages) + ")";
    }
    int column = indexOf(format.landedColumns(), format.pageIdColumn());
    if (column < 0) return null;
    for (Object[] row : parsed.rows()) {
      Object page = row[column];
      if (page == null) continue;
      Set<String> owners = ownersOfPage.get(page.toString());
      if (owners != null && !owners.contains(orgId)) return "page " + page + " belongs to another organization";
    }
    return null;
  }

  private static int indexOf(List<ColumnSpec> cols, String name) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(name)) return i;
    }
    return -1;
  }
}
