package socialbench.land;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the inbox files of one export date, in a stable order (org, platform, file name). */
final class InboxScanner {
  private final Path inbox;

  InboxScanner(Path inbox) {
    this.inbox = inbox;
  }

  List<InboxFile> filesOf(LocalDate date) {
    List<InboxFile> out = new ArrayList<>();
    String d = date.toString();
    for (Path org : sortedDirs(inbox)) {
      String orgId = org.getFileName().toString();
      if (orgId.equals(InboxFile.REFERENCE)) {
        addFiles(org.resolve(d), InboxFile.REFERENCE, InboxFile.REFERENCE, date, out);
      } else if (!orgId.startsWith("_") && !orgId.startsWith(".")) {
        for (Path platform : sortedDirs(org)) {
          addFiles(platform.resolve(d), orgId, platform.getFileName().toString(), date, out);
        }
      }
    }
    return out;
  }

  /** The newest reference folder with a date on or before {@code date}, if any. */
  java.util.Optional<LocalDate> latestReferenceDate(LocalDate date) {
    LocalDate best = null;
    for (Path p : sortedDirs(inbox.resolve(InboxFile.REFERENCE))) {
      try {
        LocalDate d = LocalDate.parse(p.getFileName().toString());
        if (!d.isAfter(date) && (best == null || d.isAfter(best))) best = d;
      } catch (java.time.DateTimeException e) {
        // not a date folder
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private void addFiles(Path dir, String org, String platform, LocalDate date, List<InboxFile> out) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(p -> out.add(new InboxFile(p, inbox.relativize(p).toString().replace('\\', '/'), org, platform, date)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static List<Path> sortedDirs(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
