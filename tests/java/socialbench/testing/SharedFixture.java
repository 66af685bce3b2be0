package socialbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A warehouse that several test classes start from, built once per Maven run and shared by its test
 * JVMs (the surefire and failsafe forks): the first JVM to ask builds it into its class's warehouse
 * directory and keeps a copy under {@code socialbench.test.fixtures} (set by the pom to
 * {@code target/test-fixtures/<build timestamp>}); the others wait on a file lock and copy it. Run outside
 * Maven (no such property), each JVM builds its own. Copies leave out {@code *.lock} files.
 */
public final class SharedFixture {
  /** Fills a warehouse directory (the directory of a test class's {@link TestWarehouse}). */
  public interface Builder {
    void build(TestWarehouse wh) throws IOException;
  }

  private final String name;
  private Path pristine; // this JVM's copy source once built or found

  public SharedFixture(String name) {
    this.name = name;
  }

  /** Fills {@code wh.dir()} with the fixture, building it if no JVM of this run has. */
  public synchronized void copyInto(TestWarehouse wh, Builder builder) {
    try {
      if (pristine != null) {
        copy(pristine, wh.dir());
        return;
      }
      String shared = System.getProperty("socialbench.test.fixtures");
      if (shared == null) {
        builder.build(wh);
        pristine = Files.createTempDirectory("socialbench-" + name + "-");
        copy(wh.dir(), pristine);
        return;
      }
      Path root = Files.createDirectories(Path.of(shared));
      Path done = root.resolve(name);
      try (FileChannel ch = FileChannel.open(root.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        if (Files.isDirectory(done)) {
          copy(done, wh.dir());
        } else {
          builder.build(wh);
          Path partial = root.resolve(name + ".partial");
          delete(partial); // a JVM killed while copying
          copy(wh.dir(), partial);
          Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      pristine = done;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().endsWith(".lock")) {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Deletes a directory tree, if it is there. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
