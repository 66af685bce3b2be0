package socialbench.land;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens an inbox file by its content, not its name: gzip (1F 8B) is unpacked, a zip (PK) is either an
 * .xlsx workbook or an archive of exports (each entry is a member), OLE2 (D0 CF 11 E0) is an .xls
 * workbook (each sheet is a member), anything else is text.
 */
final class MemberExtractor {
  private final TextDecoder decoder;
  private final Set<String> ignoredZipEntries;

  MemberExtractor(TextDecoder decoder, Set<String> ignoredZipEntries) {
    this.decoder = decoder;
    this.ignoredZipEntries = ignoredZipEntries;
  }

  List<Member> extract(byte[] bytes) {
    List<Member> out = new ArrayList<>();
    extract("", bytes, out, 0);
    return out;
  }

  private void extract(String suffix, byte[] bytes, List<Member> out, int depth) {
    if (bytes.length == 0) {
      out.add(Member.rejected(suffix, "empty file (0 bytes)"));
      return;
    }
    if (depth > 3) {
      out.add(Member.rejected(suffix, "archives nested too deeply"));
      return;
    }
    try {
      if (magic(bytes, 0x1F, 0x8B)) {
        byte[] inner;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          inner = in.readAllBytes();
        } catch (IOException e) {
          out.add(Member.rejected(suffix, "corrupt gzip: " + e.getMessage()));
          return;
        }
        extract(suffix, inner, out, depth + 1);
      } else if (magic(bytes, 0x50, 0x4B, 0x03, 0x04)) {
        Map<String, byte[]> entries = unzip(bytes);
        if (entries.containsKey("[Content_Types].xml") || entries.containsKey("xl/workbook.xml")) {
          sheets(suffix, bytes, out);
          return;
        }
        if (entries.isEmpty()) {
          out.add(Member.rejected(suffix, "empty zip archive"));
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          String base = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
          if (ignoredZipEntries.contains(base)) continue;
          extract(suffix + "!" + e.getKey(), e.getValue(), out, depth + 1);
        }
      } else if (magic(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
        sheets(suffix, bytes, out);
      } else {
        String text = decoder.decode(bytes);
        out.add(Member.ofRecords(suffix, () -> new CsvRecordReader(text)));
      }
    } catch (FileRejection e) {
      out.add(Member.rejected(suffix, e.reason()));
    } catch (IOException e) {
      out.add(Member.rejected(suffix, "unreadable archive: " + e.getMessage()));
    }
  }

  private void sheets(String suffix, byte[] bytes, List<Member> out) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : wb) {
        List<SourceRecord> records = SheetRecords.read(sheet);
        if (records.isEmpty() && wb.getNumberOfSheets() > 1) continue; // an unused extra sheet
        out.add(Member.ofRecords(suffix + "!" + sheet.getSheetName(), records));
      }
    } catch (IOException | RuntimeException e) {
      out.add(Member.rejected(suffix, "unreadable spreadsheet: " + e.getMessage()));
    }
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) continue;
        entries.put(e.getName(), zin.readAllBytes());
      }
    }
    return entries;
  }

  private static boolean magic(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
