package socialbench.land;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Decompression bombs, built by streaming: only the compressed bytes are ever held (a 3 GB gzip of
 * zeros is about 3 MB), never the inflated content.
 */
final class Bombs {
  private Bombs() {}

  /** A gzip stream that inflates to {@code inflated} zero bytes. */
  static byte[] gzipOfZeros(long inflated) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out, 1 << 16)) {
      fill(g, (byte) 0, inflated);
    }
    return out.toByteArray();
  }

  /** A zip with one small export entry and a bomb entry of {@code inflated} zero bytes. */
  static byte[] zipWithBomb(String entry, long inflated) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write("Date,Views\n2026-10-01,5\n".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("padding.bin"));
      fill(z, (byte) 0, inflated);
    }
    return out.toByteArray();
  }

  /**
   * A real one-sheet .xlsx (LinkedIn followers) whose sheet XML is padded with {@code padding} spaces
   * before its closing tag: well-formed, tiny on disk, huge once inflated.
   */
  static byte[] xlsxWithBomb(long padding) throws IOException {
    byte[] book = Workbooks.xlsx("Sheet1", new Object[] {"Date", "Sponsored followers", "Organic followers", "Total followers"},
        new Object[] {"2026-10-01", 0, 3, 3});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes(); // the workbook POI just wrote: a few KB
        z.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int close = xml.lastIndexOf("</worksheet>");
          z.write(xml.substring(0, close).getBytes(StandardCharsets.UTF_8));
          fill(z, (byte) ' ', padding);
          z.write(xml.substring(close).getBytes(StandardCharsets.UTF_8));
        } else {
          z.write(content);
        }
      }
    }
    return out.toByteArray();
  }

  private static void fill(OutputStream out, byte b, long n) throws IOException {
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, b);
    for (long left = n; left > 0; left -= chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, left));
  }
}
