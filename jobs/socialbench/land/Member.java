package socialbench.land;

import java.util.Iterator;

/**
 * One landable unit of an inbox file: the file itself, one CSV inside a zip, or one sheet of a workbook.
 * Either it has records, or a file-level rejection reason (e.g. undecodable bytes).
 *
 * @param suffix "" for the file itself, "!Table data.csv" for a zip member, "!Sheet1" for a sheet
 */
public record Member(String suffix, Iterable<SourceRecord> records, String rejection) {

  static Member ofRecords(String suffix, Iterable<SourceRecord> records) {
    return new Member(suffix, records, null);
  }

  static Member rejected(String suffix, String reason) {
    return new Member(suffix, null, reason);
  }

  Iterator<SourceRecord> iterator() {
    return records.iterator();
  }
}
