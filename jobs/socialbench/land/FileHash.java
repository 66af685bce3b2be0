package socialbench.land;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * sha256 of a file's bytes, as lowercase hex. Files are opened without following symbolic links; a file
 * that cannot be read throws {@link IOException} (the caller rejects that one file) and gets a stable
 * stand-in identity from its path, size and modification time instead.
 */
final class FileHash {
  private FileHash() {}

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The identity recorded for something whose bytes are not read (a link, an unreadable file or folder):
   * sha256 of {@code "stat:" + path + "|" + size + "|" + mtime} from the entry's own attributes (a link's,
   * never its target's). It stays the same until the entry changes, so the look-back does not retry it.
   */
  static String standIn(Path file, String relative) {
    long size = -1;
    long mtime = -1;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      size = a.size();
      mtime = a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      // no attributes either: the path alone
    }
    return sha256(("stat:" + relative + "|" + size + "|" + mtime).getBytes(StandardCharsets.UTF_8));
  }

  /** A short reason for a read failure, without file contents. */
  static String unreadable(String what, IOException e) {
    if (e instanceof AccessDeniedException) return "unreadable " + what + ": permission denied";
    if (e instanceof NoSuchFileException) return "unreadable " + what + ": it disappeared while the inbox was read";
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return "unreadable " + what + ": " + fse.getReason();
    if (e.getClass() == IOException.class && e.getMessage() != null) return "unreadable " + what + ": " + e.getMessage(); // the OS's error text
    return "unreadable " + what + ": " + e.getClass().getSimpleName();
  }
}
