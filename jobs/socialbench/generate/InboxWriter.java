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
  private final java.util.Set<Path> directories = java.util.concurrent.ConcurrentHashMap.newKeySet();
  final LongAdder files = new LongAdder();
  final LongAdder rows = new LongAdder();
  final LongAdder bytes = new LongAdder();

  InboxWriter(Path inbox) {
    this.inbox = inbox;
  }

  /** Forgets the directories already created (called once per generated day to keep the set small). */
  void forgetDirectories() {
    directories.clear();
  }

  Path inbox() {
    return inbox;
  }

  void write(String relativePath, byte[] content, int dataRows, LocalDate arrival, int hour) {
    Path file = inbox.resolve(relativePath);
    try {
      if (!directories.contains(file.getParent())) {
        Files.createDirectories(file.getParent());
        directories.add(file.getParent());
      }
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
