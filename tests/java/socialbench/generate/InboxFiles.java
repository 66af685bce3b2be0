package socialbench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helpers: generate a small inbox and find files in it. */
final class InboxFiles {
  static final Path SAMPLES = Path.of("tests/fixtures/generate/samples");

  private InboxFiles() {}

  static GenerateSummary generate(Path inbox, int orgs, int days, long seed, double dirty) {
    return new Generator(new GenerateSpec(inbox, orgs, LocalDate.of(2026, 10, 1), days, seed, dirty), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
  }

  /** Every regular file under the root as a sorted list of paths relative to it, with '/' separators. */
  static List<String> list(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first file (in sorted order) whose relative path matches the regular expression. */
  static Path first(Path root, String regex) {
    return list(root).stream().filter(p -> p.matches(regex)).findFirst().map(root::resolve)
        .orElseThrow(() -> new AssertionError("no file matching " + regex + " under " + root));
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a file up to and including the n-th occurrence of the line ending. */
  static byte[] prefixLines(byte[] content, byte[] eol, int lines) {
    int found = 0;
    for (int i = 0; i + eol.length <= content.length; i++) {
      boolean match = true;
      for (int j = 0; j < eol.length; j++) if (content[i + j] != eol[j]) { match = false; break; }
      if (match && ++found == lines) return java.util.Arrays.copyOf(content, i + eol.length);
    }
    throw new AssertionError("fewer than " + lines + " lines");
  }
}
