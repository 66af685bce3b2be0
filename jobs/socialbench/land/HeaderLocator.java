package socialbench.land;

import java.util.Iterator;

/**
 * Finds the header of a member: the first record with at least two non-empty fields, skipping a
 * {@code sep=} line, {@code #} comment lines, blank lines and single-field lines before it (the last
 * single-field line is kept as the file's title, e.g. {@code "Facebook follows"}).
 */
final class HeaderLocator {
  static final int MAX_PREAMBLE_RECORDS = 50;

  record Header(SourceRecord record, String title) {}

  private HeaderLocator() {}

  static Header locate(Iterator<SourceRecord> records) throws FileRejection {
    String title = null;
    String firstText = null;
    int seen = 0;
    while (records.hasNext()) {
      SourceRecord r = records.next();
      seen++;
      String first = r.fields()[0].strip();
      if (r.isBlank() || first.startsWith("#") || (seen == 1 && first.startsWith("sep="))) {
        // preamble
      } else if (r.nonEmptyFields() >= 2) {
        return new Header(r, title);
      } else {
        title = first;
        if (firstText == null) firstText = first;
      }
      if (seen >= MAX_PREAMBLE_RECORDS) {
        throw noHeader(firstText, "in the first " + MAX_PREAMBLE_RECORDS + " lines");
      }
    }
    if (firstText != null) throw noHeader(firstText, "");
    throw new FileRejection(seen == 0 ? "empty file: no header row" : "empty file: no header row (only " + seen + " blank or comment lines)");
  }

  /** Text without any line of two or more comma-separated columns: most often a wrong delimiter. */
  private static FileRejection noHeader(String firstText, String where) {
    String shown = firstText.length() > 60 ? firstText.substring(0, 60) + "…" : firstText;
    return new FileRejection("unknown header: no line " + (where.isEmpty() ? "" : where + " ")
        + "has two or more comma-separated columns (wrong delimiter?); first line: \"" + shown + "\"");
  }
}
