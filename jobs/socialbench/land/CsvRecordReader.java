package socialbench.land;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams the records of CSV text (RFC 4180 quoting, "" inside quotes, line breaks inside quoted fields,
 * CRLF / LF / CR). A first line {@code sep=X} sets the separator and is itself returned as a record.
 * A field longer than {@code maxFieldChars} (e.g. an unterminated quote swallowing the file) throws
 * {@link LimitExceeded}.
 */
final class CsvRecordReader implements Iterator<SourceRecord> {
  private final String text;
  private final char separator;
  private final int maxFieldChars;
  private int pos;
  private long line = 1;

  CsvRecordReader(String text, int maxFieldChars) {
    this.text = text;
    this.maxFieldChars = maxFieldChars;
    this.separator = text.startsWith("sep=") && text.length() > 4 && text.charAt(4) != '\r' && text.charAt(4) != '\n' ? text.charAt(4) : ',';
  }

  @Override
  public boolean hasNext() {
    return pos < text.length();
  }

  @Override
  public SourceRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    int start = pos;
    long startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean unterminated = false;
    int end = -1;
    int n = text.length();
    int i = pos;
    while (true) {
      if (i >= n) {
        if (inQuotes) unterminated = true;
        end = n;
        pos = n;
        break;
      }
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            if (field.length() > maxFieldChars) throw new LimitExceeded(fieldTooLong(startLine));
          } else {
            inQuotes = false;
            i++;
          }
        } else {
          if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) line++;
          field.append(c);
          i++;
          if (field.length() > maxFieldChars) throw new LimitExceeded(fieldTooLong(startLine));
        }
      } else if (c == '"' && field.length() == 0) {
        inQuotes = true;
        i++;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' || c == '\n') {
        end = i;
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        pos = i;
        break;
      } else {
        field.append(c);
        i++;
        if (field.length() > maxFieldChars) throw new LimitExceeded(fieldTooLong(startLine));
      }
    }
    fields.add(field.toString());
    boolean noNewline = pos >= n && end == n;
    return new SourceRecord(startLine, fields.toArray(new String[0]), text.substring(start, end), unterminated, noNewline, false);
  }

  private String fieldTooLong(long startLine) {
    return "a field longer than " + maxFieldChars + " characters in the row at line " + startLine
        + " (limit " + LandLimits.PREFIX + "max-field-chars)";
  }
}
