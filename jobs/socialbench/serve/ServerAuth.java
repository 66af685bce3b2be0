package socialbench.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** How clients of the SQL server authenticate, as HiveServer2 settings (hive.server2.authentication). */
public sealed interface ServerAuth {

  /** The HiveServer2 configuration entries that select this authentication. */
  Map<String, String> hiveSettings();

  /** One line for the start-up message. */
  String describe();

  /** No authentication (any user name, no password): only allowed on a loopback address. */
  record None() implements ServerAuth {
    @Override
    public Map<String, String> hiveSettings() {
      return Map.of("hive.server2.authentication", "NONE");
    }

    @Override
    public String describe() {
      return "no authentication";
    }
  }

  /** User name and password checked against a {@link UsersFile} by {@link UsersFileAuthenticator}. */
  record Users(Path file) implements ServerAuth {
    @Override
    public Map<String, String> hiveSettings() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("hive.server2.authentication", "CUSTOM");
      m.put("hive.server2.custom.authentication.class", UsersFileAuthenticator.class.getName());
      m.put(UsersFileAuthenticator.USERS_FILE_KEY, file.toAbsolutePath().toString());
      return m;
    }

    @Override
    public String describe() {
      return "passwords of users file " + file.toAbsolutePath();
    }
  }

  /** User name and password checked by an LDAP server (HiveServer2's own LDAP provider). */
  record Ldap(String url, String baseDn, String domain) implements ServerAuth {
    @Override
    public Map<String, String> hiveSettings() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("hive.server2.authentication", "LDAP");
      m.put("hive.server2.authentication.ldap.url", url);
      if (!baseDn.isBlank()) m.put("hive.server2.authentication.ldap.baseDN", baseDn);
      if (!domain.isBlank()) m.put("hive.server2.authentication.ldap.Domain", domain);
      return m;
    }

    @Override
    public String describe() {
      return "LDAP at " + url;
    }
  }
}
