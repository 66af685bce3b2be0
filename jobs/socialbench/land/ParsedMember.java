package socialbench.land;

import java.util.List;

/**
 * The outcome of parsing one member: its format, the typed rows that land (one Object[] per row: the
 * format's landed columns, then the title column when the format has one, then the row number), the
 * rows rejected, and the rows read (landed + rejected). A file-level rejection has no format and no rows.
 */
public record ParsedMember(
    String suffix, FormatSpec format, String title, List<Object[]> rows, List<RejectedRow> rejected, String rejection) {

  static ParsedMember rejected(String suffix, String reason) {
    return new ParsedMember(suffix, null, null, List.of(), List.of(), reason);
  }

  public boolean isRejected() {
    return rejection != null;
  }

  public long rowsLanded() {
    return rows.size();
  }

  public long rowsRejected() {
    return rejected.size();
  }

  public long rowsRead() {
    return rowsLanded() + rowsRejected();
  }
}
