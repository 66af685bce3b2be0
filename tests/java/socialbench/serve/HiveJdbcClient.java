package socialbench.serve;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The real Hive JDBC driver (hive-jdbc 2.3.10, as shipped with the pyspark distribution in .venv), loaded
 * in a class loader of its own so its Hive and Thrift classes do not meet the test's Spark classpath.
 */
final class HiveJdbcClient {
  private final Driver driver;
  private final ClassLoader loader;

  private HiveJdbcClient(Driver driver, ClassLoader loader) {
    this.driver = driver;
    this.loader = loader;
  }

  static HiveJdbcClient fromVenv(Path repo) throws IOException, ReflectiveOperationException {
    Path jars;
    try (Stream<Path> s = Files.list(repo.resolve(".venv/lib"))) {
      jars = s.map(p -> p.resolve("site-packages/pyspark/jars")).filter(Files::isDirectory).findFirst()
          .orElseThrow(() -> new AssertionError("no pyspark jars under " + repo.resolve(".venv/lib") + ": run scripts/setup-python.sh"));
    }
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> s = Files.list(jars)) {
      for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(toUrl(jar));
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return new HiveJdbcClient((Driver) loader.loadClass("org.apache.hive.jdbc.HiveDriver").getDeclaredConstructor().newInstance(), loader);
  }

  private static URL toUrl(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  Connection connect(int port, String user, String password) throws SQLException {
    return connect("jdbc:hive2://127.0.0.1:" + port + "/default", user, password);
  }

  /** Connects with a full URL, e.g. with {@code ;ssl=true;sslTrustStore=…;trustStorePassword=…} for TLS. */
  Connection connect(String url, String user, String password) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", password);
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader); // the driver looks up some of its classes through the context loader
    try {
      Connection c = driver.connect(url, p);
      if (c == null) throw new SQLException("the Hive driver did not accept the URL");
      return c;
    } finally {
      t.setContextClassLoader(before);
    }
  }
}
