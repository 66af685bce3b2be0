package socialbench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes files under the inbox with a fixed modification time (the day and hour they "arrived"), and
 * counts files, data rows and bytes. Thread-safe.
 */
final class InboxWriter {
  private final Path inbox;
  final LongAdder files = new LongAdder();
  final LongAdder rows = new LongAdder();
  final LongAdder bytes = new LongAdder();

  InboxWriter(Path inbox) {
    this.inbox = inbox;
  }

  Path inbox() {
    return inbox;
  }

  void write(String relativePath, byte[] content, int dataRows, LocalDate arrival, int hour) {
    Path file = inbox.resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      Files.setLastModifiedTime(file, FileTime.from(arrival.atTime(hour, 0).toInstant(ZoneOffset.UTC)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    files.increment();
    rows.add(dataRows);
    bytes.add(content.length);
  }
}
