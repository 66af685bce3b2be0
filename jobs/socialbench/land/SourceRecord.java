package socialbench.land;

/**
 * One record of a source file: its fields, where it starts (line number in the decoded text, or sheet row
 * number), its raw text for quarantine, and whether it was cut off at the end of the file.
 *
 * @param unterminatedQuote the file ended inside a quoted field of this record
 * @param endsWithoutNewline this is the last record and the file does not end with a line break
 * @param fromSheet a spreadsheet row (its trailing empty cells are not stored)
 */
public record SourceRecord(
    long number, String[] fields, String rawText, boolean unterminatedQuote, boolean endsWithoutNewline, boolean fromSheet) {

  public boolean isBlank() {
    for (String f : fields) {
      if (!f.isBlank()) return false;
    }
    return true;
  }

  public int nonEmptyFields() {
    int n = 0;
    for (String f : fields) {
      if (!f.isBlank()) n++;
    }
    return n;
  }
}
