package socialbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socialbench.testing.CliRun;

/** The command line of serve-sql up to the point where it would start the server (no Spark needed). */
class ServeSqlCommandTest {
  @TempDir Path dir;

  @Test
  void listeningOnAllInterfacesWithoutAuthenticationIsRefusedWithOneLine() {
    CliRun r = CliRun.of("serve-sql", "--host", "0.0.0.0", "--port", "10999", "--warehouse", dir.toString());
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: refusing to listen on 0.0.0.0 without authentication: give a users file"
        + " (--users FILE, add users with --add-user NAME) or set socialbench.serve.ldap.url\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anEmptyHostMeansEveryInterfaceAndIsRefusedWithoutAuthentication() {
    CliRun r = CliRun.of("serve-sql", "--host", "", "--port", "10999", "--warehouse", dir.toString());
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: refusing to listen on every interface (empty --host) without authentication: give a users file"
        + " (--users FILE, add users with --add-user NAME) or set socialbench.serve.ldap.url\n", r.err());
  }

  @Test
  void aUsersFileOthersMayWriteIsRefused() throws Exception {
    Path users = dir.resolve("users");
    UsersFile.read(users).put("alice", "pw".toCharArray());
    Files.setPosixFilePermissions(users, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
    CliRun r = CliRun.of("serve-sql", "--host", "0.0.0.0", "--users", users.toString(), "--warehouse", dir.toString());
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: users file " + users + " is writable by group or others (rw-rw-rw-): anyone who can write it"
        + " can add a user; run chmod 600 " + users + "\n", r.err());
  }

  @Test
  void aTlsKeystoreThatDoesNotExistIsRefused() {
    Path missing = dir.resolve("no-keystore.p12");
    CliRun r = CliRun.of("serve-sql", "--warehouse", dir.toString(), "-Dsocialbench.serve.tls.keystore=" + missing);
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: no TLS keystore at " + missing + " (socialbench.serve.tls.keystore)\n", r.err());
  }

  @Test
  void aUsersFileThatDoesNotExistIsRefusedBeforeAnythingStarts() {
    Path missing = dir.resolve("no-such-users");
    CliRun r = CliRun.of("serve-sql", "--host", "0.0.0.0", "--users", missing.toString(), "--warehouse", dir.toString());
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: no users file at " + missing + " (create it with serve-sql --add-user NAME --users "
        + missing + ")\n", r.err());
  }

  @Test
  void addUserSavesASaltedHashOfThePasswordReadFromStdin() throws Exception {
    Path users = dir.resolve("users");
    CliRun r = withStdin("s3cret pass\n", () -> CliRun.of("serve-sql", "--add-user", "alice", "--users", users.toString()));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("serve-sql: user alice saved in " + users + "\n", r.out());
    List<String> lines = Files.readAllLines(users);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).startsWith("alice:pbkdf2-sha256$210000$"), lines.get(1));
    assertFalse(lines.get(1).contains("s3cret"));
    UsersFile file = UsersFile.read(users);
    assertTrue(file.authenticates("alice", "s3cret pass".toCharArray()));
    assertFalse(file.authenticates("alice", "s3cret".toCharArray()));
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
  }

  @Test
  void addUserWithoutAUsersFileSaysWhichOptionIsMissing() throws Exception {
    CliRun r = withStdin("pw\n", () -> CliRun.of("serve-sql", "--add-user", "alice"));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: --add-user needs a users file: --users FILE (or socialbench.serve.users-file)\n", r.err());
  }

  @Test
  void anEmptyPasswordIsRefused() throws Exception {
    CliRun r = withStdin("\n", () -> CliRun.of("serve-sql", "--add-user", "alice", "--users", dir.resolve("u").toString()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench serve-sql: no password: set $SOCIALBENCH_SQL_PASSWORD or give it on stdin\n", r.err());
  }

  private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return run.get();
    } finally {
      System.setIn(before);
    }
  }
}
