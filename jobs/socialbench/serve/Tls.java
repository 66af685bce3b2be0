package socialbench.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** TLS on the Thrift port (HiveServer2's binary transport over SSL), from a Java keystore (PKCS12 or JKS). */
public record Tls(Path keystore, String password) {
  public static final Tls OFF = new Tls(null, null);

  public boolean on() {
    return keystore != null;
  }

  /** The HiveServer2 settings that turn TLS on (none when off). */
  Map<String, String> hiveSettings() {
    Map<String, String> m = new LinkedHashMap<>();
    if (on()) {
      m.put("hive.server2.use.SSL", "true");
      m.put("hive.server2.keystore.path", keystore.toString());
      m.put("hive.server2.keystore.password", password);
    }
    return m;
  }

  @Override
  public String toString() {
    return on() ? "TLS with keystore " + keystore : "no TLS"; // never the password
  }

  /** The JDBC URL parameters a client adds (shown at start-up). */
  String urlSuffix() {
    return on() ? ";ssl=true" : "";
  }
}
