package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socialbench.runtime.Settings;

/** The demo runs without configuration: with the placeholder salt it makes and keeps a random one per workdir. */
class WorkdirSaltTest {
  @TempDir Path dir;

  @Test
  void withThePlaceholderTheDemoCreatesARandomSaltOnceAndReusesIt() throws Exception {
    Settings shipped = Settings.defaults().with(HashSalt.KEY, "change-me-socialbench-salt");
    Path workdir = dir.resolve("demo");
    String first = WorkdirSalt.apply(shipped, workdir).config().getString(HashSalt.KEY);
    assertTrue(first.matches("[0-9a-f]{64}"), first);
    assertEquals(first, HashSalt.require(WorkdirSalt.apply(shipped, workdir).config()), "a resumed demo hashes the same way");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(workdir.resolve("hash-salt"))));
    String other = WorkdirSalt.apply(shipped, dir.resolve("another-demo")).config().getString(HashSalt.KEY);
    assertNotEquals(first, other);
  }

  @Test
  void aConfiguredSaltIsUsedAsItIsAndNoFileIsWritten() {
    Settings configured = Settings.defaults().with(HashSalt.KEY, "an-installation-secret-of-some-length");
    assertEquals("an-installation-secret-of-some-length", WorkdirSalt.apply(configured, dir).config().getString(HashSalt.KEY));
    assertFalse(Files.exists(dir.resolve("hash-salt")));
  }
}
