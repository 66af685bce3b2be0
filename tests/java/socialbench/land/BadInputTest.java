package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socialbench.land.Parsing.one;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets its own reason; row problems reject the row, file problems the file. */
class BadInputTest {
  private static final String ORGS = "org_id,name,industry,segment,country,agency_id\n";

  @Test
  void rejectsAZeroByteFile() {
    assertEquals("empty file (0 bytes)", one(new byte[0], "x").rejection());
  }

  @Test
  void rejectsAFileWithOnlyBlankLines() {
    assertEquals("empty file: no header row (only 2 blank or comment lines)", one("\n\n", "x").rejection());
  }

  @Test
  void rejectsAnUnknownHeader() {
    assertEquals("unknown header: no x format has columns \"colour\", \"size\", \"weight\"", one("colour,size,weight\nred,1,2\n", "x").rejection());
  }

  @Test
  void rejectsUndecodableBytes() {
    byte[] head = (ORGS + "acme,Acme ").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28; // not a continuation byte
    bytes[head.length + 2] = '\n';
    assertEquals("undecodable bytes for UTF-8 at byte " + head.length, one(bytes, "_reference").rejection());
  }

  @Test
  void rejectsAMissingRequiredColumn() {
    assertEquals(
        "missing required column \"industry\" for ref_organizations",
        one("org_id,name,segment,country,agency_id\nacme,Acme,smb,DE,a1\n", "_reference").rejection());
  }

  @Test
  void rejectsDuplicateHeaderNames() {
    assertEquals("duplicate column \"name\" in header", one("org_id,name,name,industry,segment,country,agency_id\n", "_reference").rejection());
  }

  @Test
  void rejectsTwoHeaderNamesForTheSameColumn() {
    ParsedMember m = one("\"Tweet id\",\"time\",\"impressions\",\"likes\",\"favorites\"\n", "x");
    assertEquals("duplicate column \"favorites\" in header (likes twice)", m.rejection());
  }

  @Test
  void rejectsAnUnknownColumnNextToKnownOnes() {
    assertEquals("unknown column \"mood\" for ref_organizations", one(ORGS.trim() + ",mood\n", "_reference").rejection());
  }

  @Test
  void quarantinesANonNumericMetricAndLandsTheOtherRows() {
    ParsedMember m =
        one("org_id,platform,page_id,handle,name,followers\na,x,1,@a,A,1200\nb,x,2,@b,B,lots\nc,x,3,@c,C,\n", "_reference");
    assertEquals(2, m.rowsLanded());
    assertEquals(1, m.rowsRejected());
    assertEquals(3, m.rowsRead());
    RejectedRow r = m.rejected().get(0);
    assertEquals(3, r.rowNumber());
    assertEquals("b,x,2,@b,B,lots", r.rawText());
    assertEquals("non-numeric value \"lots\" in column followers", r.reason());
  }

  @Test
  void quarantinesAFractionalValueInAnIntegerColumn() {
    ParsedMember m = one("org_id,platform,page_id,handle,name,followers\na,x,1,@a,A,12.5\n", "_reference");
    assertEquals("not a whole number \"12.5\" in column followers", m.rejected().get(0).reason());
  }

  @Test
  void quarantinesARowWithTheWrongColumnCount() {
    ParsedMember m = one(ORGS + "acme,Acme,retail,smb,DE\nbeta,Beta,retail,smb,DE,a1\n", "_reference");
    assertEquals(1, m.rowsLanded());
    assertEquals("wrong column count: 5 fields, header has 6", m.rejected().get(0).reason());
  }

  @Test
  void quarantinesATruncatedLastRow() {
    ParsedMember m = one(ORGS + "acme,Acme,retail,smb,DE,a1\nbeta,Beta,ret", "_reference");
    assertEquals(1, m.rowsLanded());
    assertEquals("truncated last row: 3 of 6 fields", m.rejected().get(0).reason());
    assertEquals("beta,Beta,ret", m.rejected().get(0).rawText());
  }

  @Test
  void quarantinesALastRowCutInsideAQuotedField() {
    ParsedMember m = one(ORGS + "acme,Acme,retail,smb,DE,a1\nbeta,\"Beta\nand", "_reference");
    assertEquals(1, m.rowsLanded());
    assertEquals("truncated last row: unterminated quoted field", m.rejected().get(0).reason());
    assertEquals(3, m.rejected().get(0).rowNumber());
  }

  @Test
  void quarantinesAnUnreadableDate() {
    ParsedMember m = one("Date,Followers\n2026-13-45,10\n", "tiktok");
    assertTrue(m.rejected().get(0).reason().startsWith("unreadable date \"2026-13-45\" in column date"));
  }
}
