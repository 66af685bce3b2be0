package socialbench.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tabular export before encoding: raw preamble lines, the header row (plus extra header rows such
 * as Facebook's metric descriptions), data rows as formatted text, and which columns hold metrics
 * (the only cells the dirty injections reformat). {@code name} is the sheet or zip entry name.
 */
final class Table {
  final String name;
  final List<String> preamble = new ArrayList<>();
  final List<String[]> headerRows = new ArrayList<>();
  final List<String[]> rows = new ArrayList<>();
  final boolean[] metricColumns;
  /** Excel encoders write these columns as numbers. */
  final boolean[] numericColumns;

  Table(String name, String[] header, String... metricHeaders) {
    this.name = name;
    this.headerRows.add(header.clone());
    this.metricColumns = new boolean[header.length];
    this.numericColumns = new boolean[header.length];
    List<String> metrics = Arrays.asList(metricHeaders);
    for (int i = 0; i < header.length; i++) {
      metricColumns[i] = metrics.contains(header[i]);
      numericColumns[i] = metricColumns[i];
    }
  }

  String[] header() {
    return headerRows.get(0);
  }

  int width() {
    return header().length;
  }

  Table row(String... cells) {
    if (cells.length != width()) {
      throw new IllegalStateException(name + ": row has " + cells.length + " cells, header " + width());
    }
    rows.add(cells);
    return this;
  }

  int column(String header) {
    String[] h = header();
    for (int i = 0; i < h.length; i++) if (h[i].equals(header)) return i;
    return -1;
  }
}
