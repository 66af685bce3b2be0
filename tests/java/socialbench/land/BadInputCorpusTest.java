package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (issue 7): every case lands or is quarantined with a specific reason, and
 * nothing is lost: rows read = rows landed + rows rejected. Each expectation is the whole outcome of
 * the file — "file rejected: reason", or "landed L, rejected R" followed by each rejected row's reason.
 */
class BadInputCorpusTest {
  private static final String PAGES = "org_id,platform,page_id,handle,name,timezone,followers\n";
  private static final String ROW = "acme,x,acme_x,@acme,Acme,America/New_York,1200\n";
  private static final String CANONICAL_POSTS =
      "post_id,page_id,platform,published_at,post_type,permalink,message,impressions,reach,likes,comments,shares,saves,clicks,video_views\n";
  private static final PageOwnership OWNERS = owners();

  private static PageOwnership owners() {
    PageOwnership owners = new PageOwnership();
    owners.add(Parsing.parse(utf8(PAGES + "acme,facebook,acme_f1,@a1,A1,UTC,1\nacme,facebook,acme_f2,@a2,A2,UTC,1\n"
        + "beta,facebook,beta_f,@b,B,UTC,1\nacme,tiktok,acme_t,@at,AT,UTC,1\n"), "_reference").get(0));
    return owners;
  }

  private static String post(String page) {
    return "p-" + page + "," + page + ",facebook,2026-10-30T10:00:00Z,photo,-,hi,10,8,1,0,0,0,0,0\n";
  }

  static Stream<Arguments> corpus() throws IOException {
    return Stream.of(
        // encodings
        c("zero-byte file", "_reference", new byte[0], "file rejected: empty file (0 bytes)"),
        c("header only", "_reference", utf8(PAGES), "landed 0, rejected 0"),
        c("utf-8 with BOM", "_reference", cat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(PAGES + ROW)), "landed 1, rejected 0"),
        c("latin-1 byte in a UTF-8 file", "_reference", cat(utf8(PAGES + "acme,x,acme_x,@acme,Caf"), new byte[] {(byte) 0xE9}, utf8(",UTC,1\n")),
            "file rejected: undecodable bytes for UTF-8 at byte 78"),
        c("CRLF line endings", "_reference", utf8((PAGES + ROW).replace("\n", "\r\n")), "landed 1, rejected 0"),
        c("NUL bytes inside a field", "_reference", utf8(PAGES + "acme,x,acme_x,@ac\u0000me,Acme,UTC,5\n"), "landed 1, rejected 0"),
        // delimiters and headers
        c("semicolon delimiter", "_reference", utf8(PAGES.replace(',', ';') + ROW.replace(',', ';')),
            "file rejected: unknown header: no line has two or more comma-separated columns (wrong delimiter?); first line: \"org_id;platform;page_id;handle;name;timezone;followers\""),
        c("tab delimiter", "_reference", utf8(PAGES.replace(',', '\t') + ROW.replace(',', '\t')),
            "file rejected: unknown header: no line has two or more comma-separated columns (wrong delimiter?); first line: \"org_id\tplatform\tpage_id\thandle\tname\ttimezone\tfollowers\""),
        c("duplicate header names", "_reference", utf8("org_id,platform,page_id,handle,name,name\n"), "file rejected: duplicate column \"name\" in header"),
        c("missing required column", "_reference", utf8("org_id,platform,page_id,name\nacme,x,p,Acme\n"),
            "file rejected: missing required column \"handle\" for ref_pages"),
        c("header with odd spacing and case", "_reference", utf8(" Org ID ,PLATFORM,page id,Handle,name\nacme,x,p,@a,A\n"), "landed 1, rejected 0"),
        c("an HTML error page saved as CSV", "x", utf8("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n"),
            "file rejected: unknown header: no line has two or more comma-separated columns (wrong delimiter?); first line: \"<!DOCTYPE html>\""),
        c("a JSON document", "tiktok", utf8("{\"data\": [{\"date\": \"2026-11-01\"}]}\n"),
            "file rejected: unknown header: no line has two or more comma-separated columns (wrong delimiter?); first line: \"{\"data\": [{\"date\": \"2026-11-01\"}]}\""),
        // truncation and shape
        c("truncated last row", "_reference", utf8(PAGES + ROW + "beta,x,b"), "landed 1, rejected 1: truncated last row: 3 of 7 fields"),
        c("last row cut inside quotes", "_reference", utf8(PAGES + ROW + "beta,x,b,\"@be"), "landed 1, rejected 1: truncated last row: unterminated quoted field"),
        c("a row with an extra field", "_reference", utf8(PAGES + ROW + "beta,x,b,@b,B,UTC,1,extra\n"), "landed 1, rejected 1: wrong column count: 8 fields, header has 7"),
        c("a row with a missing field", "_reference", utf8(PAGES + "beta,x,b,@b,B,1\n" + ROW), "landed 1, rejected 1: wrong column count: 6 fields, header has 7"),
        c("blank lines between rows", "_reference", utf8(PAGES + ROW + "\n\n" + ROW.replace("acme_x", "acme_y")), "landed 2, rejected 0"),
        c("quoted newline inside a field", "_reference", utf8(PAGES + "acme,x,p,@a,\"Acme\nHealth\",UTC,3\n"), "landed 1, rejected 0"),
        c("a 1 MB field", "_reference", utf8(PAGES + "acme,x,p,@a," + "A".repeat(1 << 20) + ",UTC,3\n"), "landed 1, rejected 0"),
        // values
        c("formula injection is kept as inert text", "_reference", utf8(PAGES + "acme,x,p,@a,\"=HYPERLINK(\"\"http://x.test\"\",\"\"click\"\")\",UTC,3\n"), "landed 1, rejected 0"),
        c("negative count", "_reference", utf8(PAGES + "acme,x,p,@a,A,UTC,-5\n" + ROW), "landed 1, rejected 1: negative count \"-5\" in column followers"),
        c("negative net change is allowed", "tiktok", utf8("Date,Followers,Difference in followers from previous day\n2026-11-01,100,-3\n"), "landed 1, rejected 0"),
        c("non-numeric metric", "_reference", utf8(PAGES + "acme,x,p,@a,A,UTC,lots\n"), "landed 0, rejected 1: non-numeric value \"lots\" in column followers"),
        c("fraction in a count", "_reference", utf8(PAGES + "acme,x,p,@a,A,UTC,12.5\n"), "landed 0, rejected 1: not a whole number \"12.5\" in column followers"),
        c("thousands separators", "_reference", utf8(PAGES + "acme,x,p,@a,A,UTC,\"1,234\"\n"), "landed 1, rejected 0"),
        c("number with a trailing .0", "_reference", utf8(PAGES + "acme,x,p,@a,A,UTC,2633.0\n"), "landed 1, rejected 0"),
        c("dash as a missing value", "_reference", utf8(PAGES + "acme,x,p,@a,A,UTC,-\n"), "landed 1, rejected 0"),
        c("impossible date", "tiktok", utf8("Date,Followers\n2026-13-45,10\n2026-11-01,11\n"),
            "landed 1, rejected 1: unreadable date \"2026-13-45\" in column date"),
        c("far-future date lands as given", "tiktok", utf8("Date,Followers\n2099-01-01,10\n"), "landed 1, rejected 0"),
        // pages (uploaded by acme; pages.csv gives acme facebook pages acme_f1 and acme_f2, beta beta_f)
        c("a posts file naming another organization's page", "facebook", utf8(CANONICAL_POSTS + post("acme_f1") + post("beta_f")),
            "file rejected: page beta_f belongs to another organization"),
        c("a posts file naming its own pages", "facebook", utf8(CANONICAL_POSTS + post("acme_f1") + post("acme_f2")), "landed 2, rejected 0"),
        c("a posts file naming a page pages.csv does not know", "facebook", utf8(CANONICAL_POSTS + post("new_page")), "landed 1, rejected 0"),
        c("a daily series naming no page, two pages on the platform", "facebook",
            utf8("\"Facebook follows\"\n\"Date\",\"Primary\"\n\"2026-10-31T00:00:00\",\"5\"\n"),
            "file rejected: ambiguous page: the file names no page and pages.csv gives acme 2 facebook pages (acme_f1, acme_f2)"),
        // containers
        c("gzip", "_reference", gzip(utf8(PAGES + ROW)), "landed 1, rejected 0"),
        c("truncated gzip", "_reference", java.util.Arrays.copyOf(gzip(utf8(PAGES + ROW + ROW + ROW)), 30), "file rejected: corrupt gzip: Unexpected end of ZLIB input stream"),
        c("zip with a CSV inside", "_reference", zip("pages.csv", utf8(PAGES + ROW)), "landed 1, rejected 0"),
        c("zip whose entry name is Latin-1, not UTF-8", "_reference", latin1Zip("caf\u00e9.csv", utf8(PAGES + ROW)),
            "file rejected: unreadable archive: an entry name is not valid UTF-8"),
        // limits (issue 21): production defaults unless the case names a smaller limit
        c("a 3 MB .csv.gz of zeros (3 GB inflated)", "x", Bombs.gzipOfZeros(3L << 30),
            "file rejected: decompresses to more than 268435456 bytes (limit socialbench.land.limits.max-inflated-bytes)"),
        c("a zip bomb inside an .xlsx", "linkedin", Bombs.xlsxWithBomb(512L << 20),
            "file rejected: decompresses to more than 100 times its compressed size (limit socialbench.land.limits.max-inflation-ratio)"),
        c("a zip bomb entry next to an export", "youtube", Bombs.zipWithBomb("Table data.csv", 200L << 20),
            "file rejected: decompresses to more than 100 times its compressed size (limit socialbench.land.limits.max-inflation-ratio)"),
        c("a gzip over max-inflated-bytes = 1000", "_reference", gzip(utf8(PAGES + ROW.repeat(30))),
            "file rejected: decompresses to more than 1000 bytes (limit socialbench.land.limits.max-inflated-bytes)", limits(1000, 3)),
        c("zip entries together over max-inflated-bytes = 1000", "_reference",
            zip2("a.csv", utf8(PAGES + ROW.repeat(10)), "b.csv", utf8(PAGES + ROW.repeat(10))),
            "file rejected: decompresses to more than 1000 bytes (limit socialbench.land.limits.max-inflated-bytes)", limits(1000, 3)),
        c("more data rows than max-rows = 3", "_reference", utf8(PAGES + ROW.repeat(4)),
            "file rejected: more than 3 data rows (limit socialbench.land.limits.max-rows)", limits(1 << 20, 3)),
        c("exactly max-rows = 3 data rows", "_reference", utf8(PAGES + ROW.repeat(3)), "landed 3, rejected 0", limits(1 << 20, 3)),
        c("a sheet with more rows than max-rows = 3", "linkedin",
            Workbooks.xlsx("Sheet1", new Object[] {"Date", "Sponsored followers", "Organic followers", "Total followers"},
                new Object[] {"2026-10-01", 0, 3, 3}, new Object[] {"2026-10-02", 0, 1, 4}, new Object[] {"2026-10-03", 0, 2, 6},
                new Object[] {"2026-10-04", 0, 2, 8}),
            "file rejected: more than 3 data rows (limit socialbench.land.limits.max-rows)", limits(1 << 20, 3)),
        c("a field longer than max-field-chars", "_reference", utf8(PAGES + "acme,x,p,@a," + "A".repeat((4 << 20) + 1) + ",UTC,3\n"),
            "file rejected: a field longer than 4194304 characters in the row at line 2 (limit socialbench.land.limits.max-field-chars)"),
        c("an unterminated quote swallowing the file", "_reference",
            utf8(PAGES + ROW + "beta,x,b,\"@b,B,UTC,1\n" + ROW.repeat(40)),
            "file rejected: a field longer than 1000 characters in the row at line 3 (limit socialbench.land.limits.max-field-chars)",
            new LandLimits(1 << 20, 1 << 20, 100, 1000, 1000)),
        // personal data: the reason names the column and the value of a non-personal column only
        c("a CRM row with an unreadable Create Date", "crm", utf8(CRM_HEADER + CRM_ROW + CRM_ROW.replace("2026-10-03 14:22", "31/31/2026")),
            "landed 1, rejected 1: unreadable timestamp \"31/31/2026\" in column created_at"));
  }

  static final String CRM_HEADER = "Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Original Source,Create Date\n";
  static final String CRM_ROW = "90210001,Sample,Patient,sample.patient@example.com,555-0100,lead,Social media,2026-10-03 14:22\n";

  /** Production limits with a smaller max-inflated-bytes and max-rows. */
  private static LandLimits limits(long maxInflated, long maxRows) {
    LandLimits d = Parsing.LIMITS;
    return new LandLimits(d.maxFileBytes(), maxInflated, d.maxInflationRatio(), maxRows, d.maxFieldChars());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyBadInputLandsOrIsQuarantinedWithASpecificReason(String name, String platform, byte[] bytes, String expected, LandLimits limits) {
    List<ParsedMember> members = Parsing.parse(bytes, platform, java.time.ZoneOffset.UTC, limits);
    assertEquals(1, members.size(), name);
    ParsedMember m = members.get(0);
    String notItsPage = m.isRejected() ? null : OWNERS.rejection("acme", platform, m);
    assertEquals(expected, notItsPage != null ? "file rejected: " + notItsPage : outcome(m), name);
    if (!m.isRejected()) assertEquals(m.rowsRead(), m.rowsLanded() + m.rowsRejected(), name);
  }

  static String outcome(ParsedMember m) {
    if (m.isRejected()) return "file rejected: " + m.rejection();
    StringBuilder sb = new StringBuilder("landed " + m.rowsLanded() + ", rejected " + m.rowsRejected());
    List<String> reasons = new ArrayList<>();
    for (RejectedRow r : m.rejected()) reasons.add(r.reason());
    if (!reasons.isEmpty()) sb.append(": ").append(String.join("; ", reasons));
    return sb.toString();
  }

  private static Arguments c(String name, String platform, byte[] bytes, String expected) {
    return c(name, platform, bytes, expected, Parsing.LIMITS);
  }

  private static Arguments c(String name, String platform, byte[] bytes, String expected, LandLimits limits) {
    return Arguments.of(name, platform, bytes, expected, limits);
  }

  @Test
  void aQuarantinedCrmRowKeepsNoPersonalValue() {
    ParsedMember m = Parsing.one(CRM_HEADER + CRM_ROW.replace("2026-10-03 14:22", "31/31/2026"), "crm");
    assertEquals(1, m.rowsRejected());
    assertEquals("[personal],[personal],[personal],[personal],[personal],lead,Social media,31/31/2026", m.rejected().get(0).rawText());
  }

  @Test
  void aCrmRowThatDoesNotLineUpWithTheHeaderIsNotShownAtAll() {
    ParsedMember m = Parsing.one(CRM_HEADER + "90210001,Sample,Patient,sample.patient@example.com,555-0100,lead\n", "crm");
    RejectedRow r = m.rejected().get(0);
    assertEquals("wrong column count: 6 fields, header has 8", r.reason());
    assertEquals("[6 fields not shown: the row does not line up with the header, which has personal columns]", r.rawText());
  }

  @Test
  void formatsWithoutPersonalColumnsKeepTheRawTextAsItWas() {
    ParsedMember m = Parsing.one(PAGES + "acme,x,p,@a,\"Acme, Inc\",UTC,lots\n", "_reference");
    assertEquals("acme,x,p,@a,\"Acme, Inc\",UTC,lots", m.rejected().get(0).rawText());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] zip2(String e1, byte[] b1, String e2, byte[] b2) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(e1));
      z.write(b1);
      z.putNextEntry(new ZipEntry(e2));
      z.write(b2);
    }
    return out.toByteArray();
  }

  /** A zip as some Windows tools write it: the entry name in a legacy charset, without the UTF-8 flag. */
  static byte[] latin1Zip(String entry, byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.ISO_8859_1)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String entry, byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(b);
      z.closeEntry();
    }
    return out.toByteArray();
  }
}
