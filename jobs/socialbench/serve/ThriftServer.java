package socialbench.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.BrowsableTables;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;
import socialbench.runtime.SparkSessions;
import socialbench.sql.AnalystMode;
import socialbench.sql.AnalystPolicy;

/**
 * Runs Spark's Thrift server (HiveServer2 protocol) in this JVM on the analyst session of the warehouse:
 * the session `socialbench sql` uses (dw and bench tables pinned to their published versions), plus the
 * analyst views. The server class comes from the Spark distribution (pyspark's jars), so it is called by name.
 */
public final class ThriftServer {
  static final String SERVER_CLASS = "org.apache.spark.sql.hive.thriftserver.HiveThriftServer2";
  private static final long LISTEN_TIMEOUT_MS = 120_000;

  private ThriftServer() {}

  /** True when this JVM has the Thrift server on its classpath (it runs under pyspark's spark-submit). */
  public static boolean available() {
    try {
      Class.forName(SERVER_CLASS, false, ThriftServer.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * Starts the server and serves until the JVM is stopped. Every client statement is an analyst's
   * ({@link AnalystPolicy}, on the analysed plan); the catalog holds the analyst databases only and
   * reads each table at its newest published version, looked up per statement.
   */
  public static void serve(Settings settings, String host, int port, ServerAuth auth, Tls tls, PrintStream out) throws InterruptedException {
    long t0 = System.nanoTime();
    SparkSession spark = AnalystMode.asOperator(() -> {
      SparkSession s = SparkSessions.startAnalyst(settings);
      // JDBC metadata (getTables/getColumns) reads catalog entries, not the lazy catalog: enter them with columns.
      BrowsableTables.enter(s, Warehouse.of(settings), AnalystPolicy.DATABASES);
      if (s.catalog().tableExists("bench", "page_rank")) {
        SharedAnalystViews.register(s);
      }
      return s;
    });
    // Each statement reads the publication pointers of the tables it names (WarehouseTableCatalog), so a
    // night published while a client is connected is seen on its next statement, without a restart.
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Map<String, String> hive = new LinkedHashMap<>();
    hive.put("hive.server2.transport.mode", "binary");
    hive.put("hive.server2.thrift.bind.host", host);
    hive.put("hive.server2.thrift.port", Integer.toString(port));
    hive.putAll(auth.hiveSettings());
    hive.putAll(tls.hiveSettings());
    for (Map.Entry<String, String> e : hive.entrySet()) {
      conf.set(e.getKey(), e.getValue());
      // HiveServer2's password providers read a fresh HiveConf, which takes its settings from system properties.
      System.setProperty(e.getKey(), e.getValue());
    }
    AnalystMode.enforceEverywhere();
    Object server = AnalystMode.asOperator(() -> start(spark));
    awaitListening(host, port);
    out.printf("serve-sql: listening on jdbc:hive2://%s:%d/default%s (%s%s; read-only analyst policy; warehouse %s; started in %.1f s)%n",
        host, port, tls.urlSuffix(), auth.describe(), tls.on() ? "; TLS" : "", settings.warehouse(), (System.nanoTime() - t0) / 1e9);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop(server);
      stopped.countDown();
    }, "serve-sql-stop"));
    stopped.await();
  }

  private static Object start(SparkSession spark) {
    try {
      Class<?> c = Class.forName(SERVER_CLASS, true, ThriftServer.class.getClassLoader());
      return c.getMethod("startWithSparkSession", SparkSession.class, boolean.class).invoke(null, spark, false);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the Thrift server did not start: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start " + SERVER_CLASS + ": " + e, e);
    }
  }

  private static void stop(Object server) {
    try {
      server.getClass().getMethod("stop").invoke(server);
    } catch (ReflectiveOperationException e) {
      // stopping on the way out: nothing left to do about it
    }
  }

  /** The server binds in a thread of its own: wait until the port accepts connections. */
  private static void awaitListening(String host, int port) throws InterruptedException {
    String probe = BindPolicy.isLoopback(host) ? host : "127.0.0.1";
    long deadline = System.currentTimeMillis() + LISTEN_TIMEOUT_MS;
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(probe, port), 1000);
        return;
      } catch (IOException e) {
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException("the Thrift server is not listening on " + host + ":" + port + " after "
              + LISTEN_TIMEOUT_MS / 1000 + " s (port in use?)");
        }
        Thread.sleep(200);
      }
    }
  }
}
