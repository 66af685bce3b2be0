package socialbench.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import socialbench.cli.UserError;

/**
 * docs/design.md §8: the SQL server listens on 127.0.0.1 unless configured otherwise, and then requires
 * authentication. A host is local when it is named and every address it resolves to is a loopback
 * address; an empty host or a wildcard ({@code 0.0.0.0}, {@code ::}, {@code *}) means every interface.
 * HiveServer2 lets environment variables override the host, port and transport it is given, so the
 * server refuses to start while any of them is set.
 */
public final class BindPolicy {
  /** HiveServer2's environment overrides of its bind settings (they win over --host and --port). */
  static final List<String> ENV_OVERRIDES = List.of(
      "HIVE_SERVER2_THRIFT_BIND_HOST", "HIVE_SERVER2_THRIFT_PORT", "HIVE_SERVER2_THRIFT_HTTP_PORT", "HIVE_SERVER2_TRANSPORT_MODE");

  private BindPolicy() {}

  /** Throws a {@link UserError} when {@code host} is not a loopback address and {@code auth} is none. */
  public static void check(String host, ServerAuth auth) {
    if (auth instanceof ServerAuth.None && !isLoopback(host)) {
      throw new UserError("refusing to listen on " + shown(host) + " without authentication:"
          + " give a users file (--users FILE, add users with --add-user NAME) or set socialbench.serve.ldap.url");
    }
  }

  /** Throws a {@link UserError} naming the first HiveServer2 bind override set in {@code environment}. */
  public static void checkEnvironment(Map<String, String> environment) {
    for (String name : ENV_OVERRIDES) {
      if (environment.containsKey(name)) {
        throw new UserError("refusing to start: $" + name + " is set and would override --host/--port;"
            + " unset it and give --host and --port instead");
      }
    }
  }

  static boolean isLoopback(String host) {
    String h = host == null ? "" : host.strip();
    if (h.isEmpty() || h.equals("*") || h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) return false;
    try {
      InetAddress[] addresses = InetAddress.getAllByName(h);
      for (InetAddress a : addresses) {
        if (!a.isLoopbackAddress() || a.isAnyLocalAddress()) return false;
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      throw new UserError("cannot resolve --host " + h);
    }
  }

  private static String shown(String host) {
    return host == null || host.isBlank() ? "every interface (empty --host)" : host;
  }
}
