package socialbench.land;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test inboxes: a writable copy of tests/fixtures/land/inbox (the shared samples in the inbox layout). */
final class Inboxes {
  static final Path FIXTURE = Path.of("tests/fixtures/land/inbox");

  private Inboxes() {}

  static Path copyOfSamples(Path target) {
    try (Stream<Path> all = Files.walk(FIXTURE)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path to = target.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
