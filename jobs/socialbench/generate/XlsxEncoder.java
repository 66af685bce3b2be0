package socialbench.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal Office Open XML workbook (one sheet per table, inline strings, numeric cells for
 * metric columns) straight to a zip with fixed entry times and a fixed creation date in the core
 * properties, so the same content gives the same bytes. Readable by Excel, POI and LibreOffice;
 * about 50 times faster than building it through POI's XSSF model.
 */
final class XlsxEncoder implements Encoder {
  static final XlsxEncoder INSTANCE = new XlsxEncoder();
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @Override
  public byte[] encode(List<Table> tables, LocalDate exportDate) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.setLevel(6);
        StringBuilder types = new StringBuilder(HEAD)
            .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= tables.size(); i++) {
          types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
              .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        types.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        entry(zip, "[Content_Types].xml", types.toString(), exportDate);
        entry(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>", exportDate);
        entry(zip, "docProps/core.xml", HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:creator>LinkedIn</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + exportDate + "T00:00:00Z</dcterms:created>"
            + "</cp:coreProperties>", exportDate);
        StringBuilder wb = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\"><sheets>");
        StringBuilder rels = new StringBuilder(HEAD).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= tables.size(); i++) {
          wb.append("<sheet name=\"").append(xml(tables.get(i - 1).name)).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
          rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL).append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        entry(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString(), exportDate);
        entry(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString(), exportDate);
        for (int i = 1; i <= tables.size(); i++) {
          entry(zip, "xl/worksheets/sheet" + i + ".xml", sheet(tables.get(i - 1)), exportDate);
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sheet(Table t) {
    StringBuilder sb = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
    int r = 1;
    for (String[] row : t.headerRows) row(sb, r++, row, null);
    for (String[] row : t.rows) row(sb, r++, row, t.numericColumns);
    return sb.append("</sheetData></worksheet>").toString();
  }

  private static void row(StringBuilder sb, int r, String[] cells, boolean[] numeric) {
    sb.append("<row r=\"").append(r).append("\">");
    for (int c = 0; c < cells.length; c++) {
      String v = cells[c];
      if (v.isEmpty()) continue;
      String ref = column(c) + r;
      if (numeric != null && c < numeric.length && numeric[c] && isNumber(v)) {
        sb.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
      } else {
        sb.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(xml(v)).append("</t></is></c>");
      }
    }
    sb.append("</row>");
  }

  static boolean isNumber(String v) {
    if (v.isEmpty()) return false;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (!(ch >= '0' && ch <= '9') && ch != '.' && !(ch == '-' && i == 0)) return false;
    }
    return true;
  }

  static String column(int c) {
    StringBuilder s = new StringBuilder();
    int n = c + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      s.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return s.toString();
  }

  private static String xml(String v) {
    StringBuilder sb = new StringBuilder(v.length() + 8);
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch < 0x20 && ch != '\n' && ch != '\t') sb.append(' ');
          else sb.append(ch);
        }
      }
    }
    return sb.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String content, LocalDate date) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(date.atTime(6, 0));
    zip.putNextEntry(e);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
