package socialbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.security.sasl.AuthenticationException;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Salted PBKDF2 hashes, the users file and the HiveServer2 authenticator that reads it. */
class PasswordCheckTest {
  @TempDir Path dir;

  @Test
  void theSamePasswordHashesDifferentlyEachTimeAndMatchesOnlyItself() {
    PasswordHash a = PasswordHash.of("hunter2".toCharArray());
    PasswordHash b = PasswordHash.of("hunter2".toCharArray());
    assertNotEquals(a.text(), b.text());
    assertEquals(16, a.salt().length);
    assertEquals(32, a.hash().length);
    assertTrue(a.matches("hunter2".toCharArray()));
    assertFalse(a.matches("hunter3".toCharArray()));
    assertTrue(PasswordHash.parse(a.text()).matches("hunter2".toCharArray()));
  }

  @Test
  void thePublishedPbkdf2HmacSha256TestVectorIsReproduced() {
    // PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes), a published test vector
    byte[] salt = "salt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String text = "pbkdf2-sha256$1$" + Base64.getEncoder().encodeToString(salt) + "$"
        + Base64.getEncoder().encodeToString(hex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    assertTrue(PasswordHash.parse(text).matches("password".toCharArray()));
    assertFalse(PasswordHash.parse(text).matches("Password".toCharArray()));
  }

  @Test
  void aMalformedLineNamesTheFileAndLine() throws Exception {
    Path f = dir.resolve("users");
    Files.writeString(f, "# users\nbob:md5$abc\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UsersFile.read(f));
    assertEquals(f + " line 2: not a pbkdf2-sha256$ITERATIONS$SALT$HASH value", e.getMessage());
  }

  @Test
  void theAuthenticatorAcceptsTheRightPasswordAndRejectsAWrongOneOrAnUnknownUser() throws Exception {
    Path f = dir.resolve("users");
    UsersFile.read(f).put("alice", "right one".toCharArray());
    UsersFile.read(f).put("bob", "bobs".toCharArray());
    Configuration conf = new Configuration(false);
    conf.set(UsersFileAuthenticator.USERS_FILE_KEY, f.toString());
    UsersFileAuthenticator auth = new UsersFileAuthenticator();
    auth.setConf(conf);
    auth.Authenticate("alice", "right one");
    auth.Authenticate("bob", "bobs");
    AuthenticationException wrong = assertThrows(AuthenticationException.class, () -> auth.Authenticate("alice", "bobs"));
    assertEquals("wrong user name or password for user alice", wrong.getMessage());
    assertThrows(AuthenticationException.class, () -> auth.Authenticate("carol", "right one"));
    assertThrows(AuthenticationException.class, () -> auth.Authenticate("alice", null));
  }

  @Test
  void onlyLoopbackAddressesMayServeWithoutAuthentication() {
    BindPolicy.check("127.0.0.1", new ServerAuth.None());
    BindPolicy.check("localhost", new ServerAuth.None());
    BindPolicy.check("::1", new ServerAuth.None());
    BindPolicy.check("0.0.0.0", new ServerAuth.Users(dir.resolve("users")));
    BindPolicy.check("0.0.0.0", new ServerAuth.Ldap("ldaps://ldap.example.com", "ou=people,dc=example,dc=com", ""));
    assertThrows(socialbench.cli.UserError.class, () -> BindPolicy.check("0.0.0.0", new ServerAuth.None()));
    assertThrows(socialbench.cli.UserError.class, () -> BindPolicy.check("192.0.2.10", new ServerAuth.None()));
    // InetAddress.getAllByName("") is the loopback address, but HiveServer2 binds every interface for ""
    for (String everywhere : List.of("", " ", "*", "::", "[::]")) {
      socialbench.cli.UserError e = assertThrows(socialbench.cli.UserError.class, () -> BindPolicy.check(everywhere, new ServerAuth.None()));
      assertTrue(e.getMessage().startsWith("refusing to listen on "), e.getMessage());
    }
  }

  @Test
  void hiveServer2EnvironmentOverridesOfTheBindAreRefused() {
    BindPolicy.checkEnvironment(Map.of("PATH", "/usr/bin"));
    socialbench.cli.UserError e = assertThrows(socialbench.cli.UserError.class,
        () -> BindPolicy.checkEnvironment(Map.of("HIVE_SERVER2_THRIFT_BIND_HOST", "0.0.0.0")));
    assertEquals("refusing to start: $HIVE_SERVER2_THRIFT_BIND_HOST is set and would override --host/--port;"
        + " unset it and give --host and --port instead", e.getMessage());
    assertThrows(socialbench.cli.UserError.class, () -> BindPolicy.checkEnvironment(Map.of("HIVE_SERVER2_THRIFT_PORT", "1")));
  }

  @Test
  void anUnknownUserCostsTheSamePbkdf2WorkAsAKnownOne() throws Exception {
    Path f = dir.resolve("users");
    UsersFile.read(f).put("alice", "right one".toCharArray());
    UsersFile users = UsersFile.read(f);
    users.authenticates("alice", "warm up".toCharArray());
    long known = Long.MAX_VALUE;
    long unknown = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) { // the fastest of three: other processes on the machine only add time
      long t0 = System.nanoTime();
      assertFalse(users.authenticates("alice", "wrong".toCharArray()));
      long t1 = System.nanoTime();
      assertFalse(users.authenticates("mallory", "wrong".toCharArray()));
      long t2 = System.nanoTime();
      known = Math.min(known, t1 - t0);
      unknown = Math.min(unknown, t2 - t1);
    }
    // 210 000 PBKDF2 iterations take tens of milliseconds; answering without them takes microseconds
    assertTrue(unknown > known / 2, "unknown user " + unknown / 1_000_000 + " ms vs known user " + known / 1_000_000 + " ms");
  }

  @Test
  void aFailedLoginIsAnsweredOnlyAfterADelayAndAWritableUsersFileLogsNobodyIn() throws Exception {
    Path f = dir.resolve("users");
    UsersFile.read(f).put("alice", "right one".toCharArray());
    Configuration conf = new Configuration(false);
    conf.set(UsersFileAuthenticator.USERS_FILE_KEY, f.toString());
    UsersFileAuthenticator auth = new UsersFileAuthenticator();
    auth.setConf(conf);
    long t0 = System.nanoTime();
    assertThrows(AuthenticationException.class, () -> auth.Authenticate("alice", "wrong"));
    assertTrue(System.nanoTime() - t0 >= UsersFileAuthenticator.FAILED_LOGIN_DELAY_MS * 1_000_000, "answered before the delay");
    Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> auth.Authenticate("alice", "right one"));
    assertEquals("cannot check users file " + f + ": users file " + f + " is writable by group or others (rw-rw----):"
        + " anyone who can write it can add a user; run chmod 600 " + f, e.getMessage());
  }

  @Test
  void theAnalystViewsBecomeViewsOfTheDefaultDatabase() {
    assertEquals("-- x\ncreate or replace view default.best_time_heatmap as\nselect 1",
        SharedAnalystViews.asCatalogView("-- x\ncreate or replace temporary view best_time_heatmap as\nselect 1", "best_time_heatmap"));
    assertEquals("create or replace view default.v as select 1",
        SharedAnalystViews.asCatalogView("CREATE OR REPLACE TEMP VIEW v as select 1", "v"));
  }

  private static byte[] hex(String s) {
    byte[] b = new byte[s.length() / 2];
    for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    return b;
  }
}
