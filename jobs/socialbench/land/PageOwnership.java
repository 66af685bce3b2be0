package socialbench.land;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which organization each page belongs to, from reference pages (pages.csv): a page-scoped file may only
 * describe pages of the organization whose inbox folder it sits in, and a file that names no page must
 * leave no doubt which page it describes (docs/design.md §6 "a post belongs to the page its export names", §8).
 */
final class PageOwnership {
  private final Map<String, Set<String>> ownersOfPage = new HashMap<>();
  private final Map<String, Set<String>> pagesOfOrgPlatform = new HashMap<>();
  /** Normalised page id, handle and name of each page: what a file name may call it. */
  private final Map<String, Set<String>> namesOfPage = new HashMap<>();

  /** Where a parsed file lands: the page the file's name picked out (or null: the models decide), or why it may not. */
  record Verdict(String pageId, String rejection) {}

  /** Adds the rows of a parsed reference member (format ref_pages). */
  void add(ParsedMember pages) {
    List<ColumnSpec> cols = pages.format().landedColumns();
    int org = indexOf(cols, "org_id");
    int platform = indexOf(cols, "platform");
    int page = indexOf(cols, "page_id");
    int handle = indexOf(cols, "handle");
    int name = indexOf(cols, "name");
    if (org < 0 || platform < 0 || page < 0) return;
    for (Object[] row : pages.rows()) {
      if (row[org] == null || row[platform] == null || row[page] == null) continue;
      ownersOfPage.computeIfAbsent(row[page].toString(), k -> new TreeSet<>()).add(row[org].toString());
      pagesOfOrgPlatform.computeIfAbsent(row[org] + "/" + row[platform], k -> new TreeSet<>()).add(row[page].toString());
      Set<String> names = namesOfPage.computeIfAbsent(row[org] + "/" + row[platform] + "/" + row[page], k -> new TreeSet<>());
      names.add(normalise(row[page].toString()));
      if (handle >= 0 && row[handle] != null) names.add(normalise(row[handle].toString()));
      if (name >= 0 && row[name] != null) names.add(normalise(row[name].toString()));
      names.remove("");
    }
  }

  /**
   * Why a parsed file of {@code orgId}'s {@code platform} folder may not land, or null: it names a page
   * that pages.csv gives to another organization (only), or it names no page while pages.csv gives the
   * organization several pages on that platform. The other organization is not named in the reason.
   */
  String rejection(String orgId, String platform, ParsedMember parsed) {
    return verdict(orgId, platform, null, parsed).rejection();
  }

  /**
   * As {@link #rejection}, for a file called {@code fileName} (the inbox file's own name; a zip's or workbook's
   * for its members): a file without page id column whose organization has several pages on the platform
   * lands for the one page its name names, through the format's {@code page-file-names} patterns (the first
   * group is compared with each page's id, handle and name in pages.csv, ignoring case, a leading {@code @},
   * spaces and punctuation). It is rejected when no pattern matches the name, or the name matches no page or
   * several.
   */
  Verdict verdict(String orgId, String platform, String fileName, ParsedMember parsed) {
    FormatSpec format = parsed.format();
    if (!format.pageScoped()) return new Verdict(null, null);
    if (format.pageIdColumn() == null) {
      Set<String> pages = pagesOfOrgPlatform.getOrDefault(orgId + "/" + platform, Set.of());
      if (pages.size() <= 1) return new Verdict(null, null);
      String several = "pages.csv gives " + orgId + " " + pages.size() + " " + platform + " pages (" + String.join(", ", pages) + ")";
      String named = fileName == null ? null : nameInFileName(format, fileName);
      if (named == null) return new Verdict(null, "ambiguous page: the file names no page and " + several);
      List<String> matches = new ArrayList<>();
      for (String page : pages) {
        if (namesOfPage.getOrDefault(orgId + "/" + platform + "/" + page, Set.of()).contains(normalise(named))) matches.add(page);
      }
      if (matches.size() == 1) return new Verdict(matches.get(0), null);
      return new Verdict(null, "ambiguous page: the file's name names \"" + named + "\", which "
          + (matches.isEmpty() ? "is no page's id, handle or name" : "fits " + matches.size() + " pages' id, handle or name")
          + " in pages.csv, and " + several);
    }
    int column = indexOf(format.landedColumns(), format.pageIdColumn());
    if (column < 0) return new Verdict(null, null);
    for (Object[] row : parsed.rows()) {
      Object page = row[column];
      if (page == null) continue;
      Set<String> owners = ownersOfPage.get(page.toString());
      if (owners != null && !owners.contains(orgId)) return new Verdict(null, "page " + page + " belongs to another organization");
    }
    return new Verdict(null, null);
  }

  /** The first group of the first of the format's page-file-names patterns that matches the whole name, or null. */
  private static String nameInFileName(FormatSpec format, String fileName) {
    for (String pattern : format.pageFileNames()) {
      Matcher m = Pattern.compile(pattern).matcher(fileName);
      if (m.matches() && m.groupCount() >= 1 && m.group(1) != null && !m.group(1).isBlank()) return m.group(1).strip();
    }
    return null;
  }

  /** Lower case, without a leading @ and without anything but letters and digits. */
  static String normalise(String s) {
    String t = s.strip();
    if (t.startsWith("@")) t = t.substring(1);
    return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static int indexOf(List<ColumnSpec> cols, String name) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(name)) return i;
    }
    return -1;
  }
}
