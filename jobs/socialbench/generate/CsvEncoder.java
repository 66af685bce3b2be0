package socialbench.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Encodes a {@link Table} as CSV bytes in a {@link CsvDialect}. */
final class CsvEncoder {
  private CsvEncoder() {}

  static byte[] encode(Table table, CsvDialect dialect) {
    StringBuilder sb = new StringBuilder(256 + table.rows.size() * 200);
    for (String line : table.preamble) sb.append(line).append(dialect.eol());
    for (String[] row : table.headerRows) line(sb, row, dialect);
    for (String[] row : table.rows) line(sb, row, dialect);
    byte[] body = sb.toString().getBytes(dialect.charset());
    if (!dialect.bom()) return body;
    byte[] bom = dialect.charset().equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    ByteArrayOutputStream out = new ByteArrayOutputStream(bom.length + body.length);
    out.writeBytes(bom);
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static void line(StringBuilder sb, String[] row, CsvDialect dialect) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) sb.append(',');
      field(sb, row[i], dialect.quoteAll());
    }
    sb.append(dialect.eol());
  }

  static void field(StringBuilder sb, String value, boolean quoteAll) {
    boolean quote = quoteAll || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    if (!quote) {
      sb.append(value);
      return;
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') sb.append('"');
      sb.append(c);
    }
    sb.append('"');
  }
}
