package socialbench.serve;

import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import socialbench.cli.UserError;
import socialbench.runtime.Settings;

/**
 * The settings of {@code socialbench.serve} (conf/serve.conf): authentication, and how the Thrift server
 * is launched (pyspark's spark-submit, driver memory).
 */
public record ServeConfig(String usersFile, String ldapUrl, String ldapBaseDn, String ldapDomain, String sparkSubmit, String driverMemory,
    String keystore, String keystorePassword) {

  public static ServeConfig of(Settings settings) {
    Config c = settings.config().getConfig("socialbench.serve");
    return new ServeConfig(
        c.getString("users-file"),
        c.getString("ldap.url"),
        c.getString("ldap.base-dn"),
        c.getString("ldap.domain"),
        c.getString("spark-submit"),
        c.getString("driver-memory"),
        c.getString("tls.keystore"),
        c.getString("tls.keystore-password"));
  }

  /** TLS for the Thrift port when a keystore is configured; the keystore must exist and have a password. */
  public Tls tls() {
    if (keystore.isBlank()) return Tls.OFF;
    Path p = Path.of(keystore);
    if (!Files.isRegularFile(p)) throw new UserError("no TLS keystore at " + keystore + " (socialbench.serve.tls.keystore)");
    if (keystorePassword.isEmpty()) {
      throw new UserError("TLS keystore " + keystore + " has no password: set socialbench.serve.tls.keystore-password"
          + " (or $SOCIALBENCH_SQL_KEYSTORE_PASSWORD)");
    }
    return new Tls(p.toAbsolutePath(), keystorePassword);
  }

  /**
   * The authentication to use: the users file given on the command line, else the configured one, else
   * LDAP when its URL is set, else none. A users file must exist and name at least one user.
   */
  public ServerAuth auth(Path usersOption) {
    Path users = usersOption != null ? usersOption : (usersFile.isBlank() ? null : Path.of(usersFile));
    if (users != null) {
      if (!Files.isRegularFile(users)) {
        throw new UserError("no users file at " + users + " (create it with serve-sql --add-user NAME --users " + users + ")");
      }
      UsersFile.requireOwnerOnlyWritable(users);
      if (UsersFile.read(users).isEmpty()) {
        throw new UserError("users file " + users + " has no users (add one with serve-sql --add-user NAME --users " + users + ")");
      }
      return new ServerAuth.Users(users);
    }
    if (!ldapUrl.isBlank()) {
      return new ServerAuth.Ldap(ldapUrl, ldapBaseDn, ldapDomain);
    }
    return new ServerAuth.None();
  }

  /** The users file for --add-user: the command line's, else the configured one. */
  public Path usersFileFor(Path usersOption) {
    if (usersOption != null) return usersOption;
    if (!usersFile.isBlank()) return Path.of(usersFile);
    throw new UserError("--add-user needs a users file: --users FILE (or socialbench.serve.users-file)");
  }
}
