package socialbench.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where an extract is built: a hidden temporary directory next to the destination, moved into place when
 * complete, so the destination holds either the previous complete extract or the new one, never a part.
 * A destination that exists and is not an earlier extract (no manifest) is refused rather than replaced.
 */
final class ExportDirectory {
  private final Path target;
  private final Path temp;

  ExportDirectory(Path target) {
    this.target = target.toAbsolutePath().normalize();
    this.temp = this.target.resolveSibling("." + this.target.getFileName() + ".export-tmp");
  }

  Path temp() {
    return temp;
  }

  /** Checks the destination and creates an empty temporary directory. */
  void open() {
    try {
      if (Files.exists(target) && !isEmptyDirectory(target) && !Files.isRegularFile(target.resolve(ExportManifest.FILE))) {
        throw new ExportInputError(target + " exists and is not an earlier extract (no " + ExportManifest.FILE + "); choose another --out");
      }
      if (Files.isRegularFile(target)) {
        throw new ExportInputError(target + " is a file; --out must be a directory");
      }
      if (target.getParent() != null) Files.createDirectories(target.getParent());
      delete(temp);
      Files.createDirectories(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + temp + ": " + e.getMessage(), e);
    }
  }

  /** Moves the finished temporary directory into place (replacing an earlier extract). */
  void commit() {
    Path old = target.resolveSibling("." + target.getFileName() + ".export-old");
    try {
      delete(old);
      if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + temp + " to " + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes the temporary directory after a failure. */
  void abandon() {
    try {
      delete(temp);
    } catch (IOException e) {
      // leave it; the next export deletes it first
    }
  }

  private static boolean isEmptyDirectory(Path p) throws IOException {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  static void delete(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
