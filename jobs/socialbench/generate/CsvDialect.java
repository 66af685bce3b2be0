package socialbench.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a platform writes its CSV: character set, byte-order mark, line ending, quoting. */
record CsvDialect(Charset charset, boolean bom, String eol, boolean quoteAll) {
  /** UTF-8, no BOM, LF, quotes only where needed (Meta Business Suite content, GA4, HubSpot, Ads Manager). */
  static final CsvDialect PLAIN = new CsvDialect(StandardCharsets.UTF_8, false, "\n", false);
  /** UTF-8, no BOM, LF, every field quoted (X analytics). */
  static final CsvDialect QUOTE_ALL = new CsvDialect(StandardCharsets.UTF_8, false, "\n", true);
  /** UTF-8 with BOM, CRLF (legacy Facebook Insights). */
  static final CsvDialect EXCEL_UTF8 = new CsvDialect(StandardCharsets.UTF_8, true, "\r\n", false);
  /** UTF-16LE with BOM, CRLF, every field quoted (Meta Business Suite daily series). */
  static final CsvDialect UTF16_QUOTE_ALL = new CsvDialect(StandardCharsets.UTF_16LE, true, "\r\n", true);
}
