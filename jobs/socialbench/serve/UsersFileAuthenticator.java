package socialbench.serve;

import java.nio.file.Path;
import javax.security.sasl.AuthenticationException;
import org.apache.hadoop.conf.Configurable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hive.service.auth.PasswdAuthenticationProvider;

/**
 * HiveServer2's CUSTOM authentication for serve-sql: checks a client's user and password against the
 * users file named by {@value #USERS_FILE_KEY} in the configuration it is given, else in the system
 * properties of the server (set by {@link ThriftServer}). The file is read at each
 * login, so users added with {@code serve-sql --add-user} can log in without a restart; a users file
 * that group or others may write is refused, and a failed login is answered after a delay.
 */
public final class UsersFileAuthenticator implements PasswdAuthenticationProvider, Configurable {
  public static final String USERS_FILE_KEY = "socialbench.serve.users-file";
  static final long FAILED_LOGIN_DELAY_MS = 2_000;

  private Configuration conf;

  @Override
  public void Authenticate(String user, String password) throws AuthenticationException {
    String file = conf == null ? null : conf.get(USERS_FILE_KEY);
    if (file == null) file = System.getProperty(USERS_FILE_KEY); // HiveServer2 hands over a fresh HiveConf without it
    if (file == null || file.isBlank()) {
      throw new AuthenticationException("no users file configured (" + USERS_FILE_KEY + ")");
    }
    boolean ok;
    try {
      UsersFile.requireOwnerOnlyWritable(Path.of(file));
      ok = UsersFile.read(Path.of(file)).authenticates(user, password == null ? null : password.toCharArray());
    } catch (RuntimeException e) {
      throw new AuthenticationException("cannot check users file " + file + ": " + e.getMessage(), e);
    }
    if (!ok) {
      pauseAfterFailure();
      throw new AuthenticationException("wrong user name or password for user " + user);
    }
  }

  /** A failed login answers only after {@link #FAILED_LOGIN_DELAY_MS}: guessing passwords gets slow. */
  private static void pauseAfterFailure() throws AuthenticationException {
    try {
      Thread.sleep(FAILED_LOGIN_DELAY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuthenticationException("interrupted");
    }
  }

  @Override
  public void setConf(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public Configuration getConf() {
    return conf;
  }
}
