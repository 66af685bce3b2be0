package socialbench.generate;

import java.time.LocalDate;
import java.util.List;

/** One file to write: where it goes, its name, its tables and how to encode them. */
record Export(ExportFormat format, Organization org, String folder, LocalDate exportDate, String fileName, List<Table> tables, Encoder encoder) {

  byte[] encode() {
    return encoder.encode(tables, exportDate);
  }

  int dataRows() {
    int n = 0;
    for (Table t : tables) n += t.rows.size();
    return n;
  }

  /** Path relative to the inbox: org/platform/date/file. */
  String relativePath() {
    return org.id() + "/" + folder + "/" + exportDate + "/" + fileName;
  }
}
