package socialbench.land;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import socialbench.runtime.Settings;

/**
 * The commands that own a working directory ({@code demo}, {@code perf}) work out of the box: when no salt
 * is configured (the shipped placeholder), they use a random one kept in {@code <workdir>/hash-salt},
 * created on the first run and reused afterwards, so a resumed run hashes record ids the same way. A
 * configured salt ({@code SOCIALBENCH_HASH_SALT}) is used as is.
 */
public final class WorkdirSalt {
  static final String FILE = "hash-salt";

  private WorkdirSalt() {}

  public static Settings apply(Settings settings, Path workdir) {
    if (!HashSalt.isPlaceholder(settings.config())) return settings;
    Path file = workdir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(workdir);
        Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system
        }
      }
      return settings.with(HashSalt.KEY, Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the salt file " + file, e);
    }
  }
}
