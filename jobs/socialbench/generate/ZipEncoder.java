package socialbench.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip of CSV tables stored uncompressed, as YouTube Studio writes it, with fixed entry times. */
final class ZipEncoder implements Encoder {
  private final CsvDialect dialect;

  ZipEncoder(CsvDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public byte[] encode(List<Table> tables, LocalDate exportDate) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (Table t : tables) {
          byte[] content = CsvEncoder.encode(t, dialect);
          ZipEntry e = new ZipEntry(t.name);
          e.setMethod(ZipEntry.STORED);
          e.setSize(content.length);
          e.setCompressedSize(content.length);
          CRC32 crc = new CRC32();
          crc.update(content);
          e.setCrc(crc.getValue());
          e.setTimeLocal(exportDate.atTime(6, 0));
          zip.putNextEntry(e);
          zip.write(content);
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
