package socialbench.land;

/**
 * The text of a rejected row as ops.rejected_rows keeps it: as it was in the file, except that the
 * values of the format's personal columns (declared {@code drop} or {@code hash} in conf/formats.conf)
 * are replaced by {@value #MASK}. A row that does not line up with the header of such a format is not
 * shown at all, because which of its fields are personal cannot be known.
 */
final class RowRedactor {
  static final String MASK = "[personal]";

  private final boolean[] personal;
  private final boolean active;

  /** @param landedIndexOfField per header field, its landed column index or {@link Detection#DROPPED} */
  RowRedactor(FormatSpec format, int[] landedIndexOfField) {
    this.personal = new boolean[landedIndexOfField.length];
    boolean any = false;
    for (int i = 0; i < landedIndexOfField.length; i++) {
      int t = landedIndexOfField[i];
      personal[i] = t == Detection.DROPPED || format.landedColumns().get(t).hash();
      any |= personal[i];
    }
    this.active = any;
  }

  String rawText(SourceRecord r) {
    if (!active) return r.rawText();
    String[] f = r.fields();
    if (f.length != personal.length) {
      return "[" + f.length + " fields not shown: the row does not line up with the header, which has personal columns]";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length; i++) {
      if (i > 0) sb.append(',');
      sb.append(personal[i] ? MASK : quoted(f[i]));
    }
    return sb.toString();
  }

  private static String quoted(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
