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
 *
 * <p>Decompression is bounded by {@link LandLimits}: every gzip stream and zip entry is first inflated
 * into a counter that stops at the limit (max-inflated-bytes, and max-inflation-ratio times the
 * container's size); only a container that passes is inflated into memory or handed to Apache POI.
 */
final class MemberExtractor {
  private final TextDecoder decoder;
  private final Set<String> ignoredZipEntries;
  private final LandLimits limits;

  MemberExtractor(TextDecoder decoder, Set<String> ignoredZipEntries, LandLimits limits) {
    this.decoder = decoder;
    this.ignoredZipEntries = ignoredZipEntries;
    this.limits = limits;
  }

  /** The members of a file whose bytes were read within max-file-bytes. */
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
        try {
          inner = gunzip(bytes);
        } catch (IOException e) {
          out.add(Member.rejected(suffix, "corrupt gzip: " + e.getMessage()));
          return;
        }
        extract(suffix, inner, out, depth + 1);
      } else if (magic(bytes, 0x50, 0x4B, 0x03, 0x04)) {
        List<String> names;
        try {
          names = checkZip(bytes);
        } catch (IllegalArgumentException e) { // ZipInputStream: an entry name that is not UTF-8
          out.add(Member.rejected(suffix, "unreadable archive: an entry name is not valid UTF-8"));
          return;
        }
        if (names.contains("[Content_Types].xml") || names.contains("xl/workbook.xml")) {
          sheets(suffix, bytes, out);
          return;
        }
        Map<String, byte[]> entries = unzip(bytes);
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
        int maxField = limits.maxFieldChars();
        out.add(Member.ofRecords(suffix, () -> new CsvRecordReader(text, maxField)));
      }
    } catch (FileRejection e) {
      out.add(Member.rejected(suffix, e.reason()));
    } catch (IOException e) {
      out.add(Member.rejected(suffix, "unreadable archive: " + e.getMessage()));
    }
  }

  /** The most bytes one member of a container of {@code compressed} bytes may inflate to. */
  private long capFor(long compressed) {
    return (long) Math.min(limits.maxInflatedBytes(), Math.ceil(limits.maxInflationRatio() * compressed));
  }

  private FileRejection overCap(long compressed) {
    return new FileRejection(capFor(compressed) == limits.maxInflatedBytes() ? limits.inflatedTooLarge() : limits.ratioTooHigh());
  }

  /** Counts first (nothing kept), then inflates what is known to fit. */
  private byte[] gunzip(byte[] bytes) throws IOException, FileRejection {
    long cap = capFor(bytes.length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      if (BoundedBytes.count(in, cap) > cap) throw overCap(bytes.length);
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] inner = BoundedBytes.read(in, cap);
      if (inner == null) throw overCap(bytes.length);
      return inner;
    }
  }

  /**
   * The entry names of a zip, after inflating every entry into a counter: each within the cap for the
   * archive's size, and all of them together within max-inflated-bytes. Run before POI or unzip see it.
   */
  private List<String> checkZip(byte[] bytes) throws IOException, FileRejection {
    long cap = capFor(bytes.length);
    long total = 0;
    List<String> names = new ArrayList<>();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        names.add(e.getName());
        long n = BoundedBytes.count(zin, cap);
        if (n > cap) throw overCap(bytes.length);
        total += n;
        if (total > limits.maxInflatedBytes()) throw new FileRejection(limits.inflatedTooLarge());
      }
    }
    return names;
  }

  private void sheets(String suffix, byte[] bytes, List<Member> out) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : wb) {
        if (sheet.getLastRowNum() >= limits.maxRows() + 1) {
          out.add(Member.rejected(suffix + "!" + sheet.getSheetName(), limits.tooManyRows()));
          continue;
        }
        List<SourceRecord> records = SheetRecords.read(sheet);
        if (records.isEmpty() && wb.getNumberOfSheets() > 1) continue; // an unused extra sheet
        out.add(Member.ofRecords(suffix + "!" + sheet.getSheetName(), records));
      }
    } catch (IOException | RuntimeException e) {
      out.add(Member.rejected(suffix, "unreadable spreadsheet: " + e.getMessage()));
    }
  }

  /** The entries of an archive that {@link #checkZip} accepted. */
  private Map<String, byte[]> unzip(byte[] bytes) throws IOException, FileRejection {
    long cap = capFor(bytes.length);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) continue;
        byte[] b = BoundedBytes.read(zin, cap);
        if (b == null) throw overCap(bytes.length);
        entries.put(e.getName(), b);
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
