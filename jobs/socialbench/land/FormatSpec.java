package socialbench.land;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A native export format as described in {@code conf/formats.conf}: the bronze table it lands in, the
 * inbox platforms it may come from, its columns, and the quirks to skip (a description row, a "Total"
 * row, a title line).
 *
 * @param titleColumn when set, the single-field title line before the header lands in this column
 * @param localZone "page" (the page's time zone from reference pages) or a zone id for zone-less timestamps
 * @param pageScoped the file describes pages of its organization (posts or a page's daily series)
 * @param pageIdColumn the column that names each row's page, or null when the format names none
 * @param pageFileNames patterns of the file's name whose first group names its page (handle, name or id in
 *     pages.csv), for a file without page id column when its organization has several pages on the platform
 */
public record FormatSpec(
    String name,
    Set<String> platforms,
    List<ColumnSpec> columns,
    boolean descriptionRow,
    Set<String> skipRowsFirstField,
    String titleColumn,
    String localZone,
    List<String> encodings,
    Set<String> nulls,
    List<String> dateFormats,
    List<String> timestampFormats,
    boolean pageScoped,
    String pageIdColumn,
    List<String> pageFileNames) {

  /** Columns that land (all but dropped personal columns), in configured order. */
  public List<ColumnSpec> landedColumns() {
    List<ColumnSpec> out = new ArrayList<>();
    for (ColumnSpec c : columns) {
      if (!c.drop()) out.add(c);
    }
    return out;
  }

  public List<ColumnSpec> requiredColumns() {
    List<ColumnSpec> out = new ArrayList<>();
    for (ColumnSpec c : columns) {
      if (c.required()) out.add(c);
    }
    return out;
  }

  public boolean usesPageZone() {
    return "page".equalsIgnoreCase(localZone);
  }
}
