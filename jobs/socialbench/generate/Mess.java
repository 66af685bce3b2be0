package socialbench.generate;

import java.util.ArrayList;
import java.util.List;

/** The table-level dirty injections: renamed columns, thousands separators, malformed rows, stale values. */
final class Mess {
  static final String NON_NUMERIC = "#VALUE!";

  private Mess() {}

  /** Renames header cells per the format's alias pairs; returns "old->new; …" or empty if nothing matched. */
  static String renameColumns(Table t, String[][] pairs) {
    List<String> done = new ArrayList<>();
    String[] header = t.header();
    for (String[] pair : pairs) {
      for (int i = 0; i < header.length; i++) {
        if (header[i].equals(pair[0])) {
          header[i] = pair[1];
          done.add(pair[0] + "->" + pair[1]);
        }
      }
    }
    return String.join("; ", done);
  }

  static boolean hasThousands(Table t) {
    for (String[] row : t.rows) for (int c = 0; c < row.length; c++) if (t.metricColumns[c] && integerPartLength(row[c]) > 3) return true;
    return false;
  }

  /** Writes metric values of 1000 and more with a comma thousands separator; returns the number of cells changed. */
  static int thousands(Table t) {
    int n = 0;
    for (String[] row : t.rows) {
      for (int c = 0; c < row.length; c++) {
        int len = integerPartLength(row[c]);
        if (!t.metricColumns[c] || len <= 3) continue;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
          if (i > 0 && (len - i) % 3 == 0) sb.append(',');
          sb.append(row[c].charAt(i));
        }
        row[c] = sb + row[c].substring(len);
        n++;
      }
    }
    return n;
  }

  /**
   * Puts a non-numeric value in one row and drops the last field of another. Rows are numbered from 1
   * = the first data row after the header row(s). Returns the two details.
   */
  static List<String> malformRows(Table t, long hash) {
    int n = t.rows.size();
    int a = (int) Math.floorMod(hash, (long) n);
    int b = (a + 1) % n;
    List<String> out = new ArrayList<>();
    String[] rowA = t.rows.get(a);
    for (int c = 0; c < rowA.length; c++) {
      if (t.metricColumns[c] && integerPartLength(rowA[c]) > 0) {
        out.add("data row " + (a + 1) + ": non-numeric " + t.header()[c] + " '" + NON_NUMERIC + "'");
        rowA[c] = NON_NUMERIC;
        break;
      }
    }
    String[] rowB = t.rows.get(b);
    t.rows.set(b, java.util.Arrays.copyOf(rowB, rowB.length - 1));
    out.add("data row " + (b + 1) + ": " + (rowB.length - 1) + " of " + rowB.length + " fields");
    return out;
  }

  /** The values of an earlier, incomplete export of the same day: whole metric counts × 0.95, rounded down. */
  static void stale(Table t) {
    for (String[] row : t.rows) {
      for (int c = 0; c < row.length; c++) {
        if (!t.metricColumns[c]) continue;
        String v = row[c];
        int len = integerPartLength(v);
        if (len == 0 || len > 15) continue;
        String rest = v.substring(len);
        if (!(rest.isEmpty() || rest.equals(".0"))) continue;
        row[c] = (long) Math.floor(Long.parseLong(v.substring(0, len)) * 0.95) + rest;
      }
    }
  }

  /** Length of the leading run of digits of a plain number ("6105.0" → 4), 0 if the cell is not a plain number. */
  static int integerPartLength(String v) {
    int i = 0;
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') i++;
    if (i == 0) return 0;
    if (i == v.length()) return i;
    if (v.charAt(i) != '.') return 0;
    for (int j = i + 1; j < v.length(); j++) if (v.charAt(j) < '0' || v.charAt(j) > '9') return 0;
    return i;
  }
}
