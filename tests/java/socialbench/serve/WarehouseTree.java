package socialbench.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 over every file of a directory tree (relative paths and bytes): equal means byte-identical. */
final class WarehouseTree {
  private WarehouseTree() {}

  static String hash(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Path> sorted = files.sorted().toList();
      for (Path p : sorted) {
        sha.update(root.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (Files.isRegularFile(p)) sha.update(Files.readAllBytes(p));
        sha.update((byte) 1);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
