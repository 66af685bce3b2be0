package socialbench.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import socialbench.cli.UserError;

/**
 * DESIGN.md §8: the SQL server listens on 127.0.0.1 unless configured otherwise, and then requires
 * authentication. A host is local when every address it resolves to is a loopback address.
 */
public final class BindPolicy {
  private BindPolicy() {}

  /** Throws a {@link UserError} when {@code host} is not a loopback address and {@code auth} is none. */
  public static void check(String host, ServerAuth auth) {
    if (auth instanceof ServerAuth.None && !isLoopback(host)) {
      throw new UserError("refusing to listen on " + host + " without authentication:"
          + " give a users file (--users FILE, add users with --add-user NAME) or set socialbench.serve.ldap.url");
    }
  }

  static boolean isLoopback(String host) {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      for (InetAddress a : addresses) {
        if (!a.isLoopbackAddress()) return false;
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      throw new UserError("cannot resolve --host " + host);
    }
  }
}
