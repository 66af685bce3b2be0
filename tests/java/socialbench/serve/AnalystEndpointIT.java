package socialbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.bench.PublishedBenchFixture;
import socialbench.runtime.Publication;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * serve-sql as analysts meet it (issue 22), through one real server for the class (pyspark's
 * spark-submit, started from the packaged jar) with TLS on its port, and the real Hive JDBC driver
 * over TLS: every statement that would change or escape the warehouse is refused with the policy's
 * message and leaves the warehouse byte-identical; bronze and ops are not in the catalog; a night
 * published while a client is connected is what that client's next query sees.
 */
@ExtendWith(SparkTestExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystEndpointIT {
  private static final long START_TIMEOUT_SECONDS = 900; // a shared 2-core machine under load starts it slowly
  private static final String STORE_PASSWORD = "test-only-store-pass";
  private static final String RULE = "; analysts may run queries only (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, SET of display settings)";
  private static final String MARCH = "date'2026-03-01'";

  @TempDir static Path dir;

  private static ServeSqlProcess server;
  private static HiveJdbcClient jdbc;
  private static String url;
  private static Path warehouse;
  private static Path secret;

  @BeforeAll
  static void servePublishedWarehouseOverTls(TestWarehouse wh) throws Exception {
    Path repo = Path.of(System.getenv().getOrDefault("SOCIALBENCH_HOME", System.getProperty("user.dir")));
    assertTrue(Files.isRegularFile(repo.resolve("target/socialbench.jar")), "run after mvn package: target/socialbench.jar is missing");
    PublishedBenchFixture.build(wh);
    // raw rows the analysts must not see
    wh.catalog().createDatabase("bronze");
    wh.spark().sql("select 'p1' as post_id, 'raw text' as message").write().parquet(wh.warehouse().tablePath("bronze", "posts"));
    wh.catalog().createDatabase("ops");
    wh.spark().sql("create table ops.rejected_rows (raw string) using delta location '" + wh.warehouse().tablePath("ops", "rejected_rows") + "'");
    wh.spark().sql("insert into ops.rejected_rows values ('raw row')");
    warehouse = wh.dir();
    secret = Files.writeString(dir.resolve("server-secret.txt"), "alice:pbkdf2-sha256$1$c2FsdA==$aGFzaA==\n");
    Path keystore = dir.resolve("server.p12");
    Path truststore = dir.resolve("trust.jks");
    keytool("-genkeypair", "-alias", "serve", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
    keytool("-exportcert", "-alias", "serve", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-file", dir.resolve("server.crt").toString());
    keytool("-importcert", "-noprompt", "-alias", "serve", "-file", dir.resolve("server.crt").toString(), "-storetype", "JKS",
        "-keystore", truststore.toString(), "-storepass", STORE_PASSWORD);
    server = ServeSqlProcess.launch(repo, wh.dir(), "-Dsocialbench.serve.tls.keystore=" + keystore,
        "-Dsocialbench.serve.tls.keystore-password=" + STORE_PASSWORD);
    String listening = server.awaitListening(START_TIMEOUT_SECONDS);
    assertTrue(listening.startsWith("serve-sql: listening on jdbc:hive2://127.0.0.1:" + server.port + "/default;ssl=true (no authentication; TLS;"
        + " read-only analyst policy; warehouse " + wh.dir()), listening);
    url = "jdbc:hive2://127.0.0.1:" + server.port + "/default;ssl=true;sslTrustStore=" + truststore + ";trustStorePassword=" + STORE_PASSWORD;
    jdbc = HiveJdbcClient.fromVenv(repo);
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) server.close();
  }

  private static void keytool(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
    assertEquals(0, p.exitValue(), out);
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    return column(c, sql, 1);
  }

  /** The values of the result's column {@code index} (1-based; SHOW TABLES gives namespace, tableName, isTemporary). */
  private static List<String> column(Connection c, String sql, int index) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) values.add(rs.getString(index));
    }
    return values;
  }

  private static long count(Connection c, String sql) throws SQLException {
    return Long.parseLong(column(c, sql).get(0));
  }

  @Test
  @Order(1)
  void overTlsAClientQueriesThePublishedBenchAndSeesOnlyTheAnalystCatalog() throws SQLException {
    try (Connection c = jdbc.connect(url, "anyone", "")) {
      assertEquals(24L, count(c, "select count(*) from bench.page_month where month = " + MARCH), "12 organizations x facebook and linkedin");
      assertEquals(List.of("bench", "default", "dw"), column(c, "show databases"));
      assertTrue(column(c, "show tables in default", 2).containsAll(List.of("client_vs_industry", "best_time_heatmap")));
      SQLException bronze = assertThrows(SQLException.class, () -> column(c, "select * from bronze.posts"));
      assertTrue(bronze.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND"), bronze.getMessage());
      SQLException ops = assertThrows(SQLException.class, () -> column(c, "select * from ops.rejected_rows"));
      assertTrue(ops.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND"), ops.getMessage());
    }
  }

  @Test
  @Order(2)
  void withoutTlsTheServerCannotBeReached() {
    assertThrows(SQLException.class, () -> jdbc.connect(server.port, "anyone", "").close());
  }

  @Test
  @Order(3)
  void everyStatementThatWouldChangeOrEscapeTheWarehouseIsRefusedAndChangesNothing() throws SQLException {
    String[][] refused = {
        {"drop database dw cascade", "statement DropNamespace"},
        {"drop database bench cascade", "statement DropNamespace"},
        {"drop table bench.page_month", "statement DropTable"},
        {"drop view default.client_vs_industry", "statement DropTableCommand"},
        {"create or replace view bench.page_month as select 1 as month", "statement CreateViewCommand"},
        {"create table dw.copy as select * from bench.page_month", "statement CreateDataSourceTableAsSelectCommand"},
        {"insert overwrite directory '" + dir.resolve("out") + "' using parquet select * from bench.page_month", "statement InsertIntoDir"},
        {"insert into bench.page_month select * from bench.page_month", "statement InsertIntoStatement"},
        {"delete from bench.page_month", "statement DeleteFromTable"},
        {"cache table bench.page_month", "statement CacheTable"},
        {"refresh table bench.page_month", "statement RefreshTable"}, // a Delta table (v2), no longer a pinned view
        {"add jar " + dir.resolve("x.jar"), "statement AddJarsCommand"},
        {"select * from text.`" + secret + "`", "reading files by path (file:" + secret + ")"},
        {"select * from parquet.`" + warehouse.resolve("bronze.db/posts") + "`", "reading files by path (file:" + warehouse.resolve("bronze.db/posts") + ")"},
        {"select * from delta.`" + warehouse.resolve("ops.db/rejected_rows") + "`", "reading files by path (file:" + warehouse.resolve("ops.db/rejected_rows") + ")"},
        {"select reflect('java.lang.System', 'getProperty', 'user.home')", "function reflect (it runs code)"},
        {"select java_method('java.lang.System', 'getenv', 'HOME')", "function java_method (it runs code)"},
    };
    try (Connection c = jdbc.connect(url, "anyone", "")) {
      for (String[] statement : refused) {
        String before = WarehouseTree.hash(warehouse);
        SQLException e = assertThrows(SQLException.class, () -> column(c, statement[0]), statement[0]);
        assertTrue(e.getMessage().contains("refused: " + statement[1] + RULE), statement[0] + " -> " + e.getMessage());
        assertEquals(before, WarehouseTree.hash(warehouse), "the warehouse changed after: " + statement[0]);
      }
      assertEquals(24L, count(c, "select count(*) from bench.page_month where month = " + MARCH), "still served after the refusals");
    }
  }

  @Test
  @Order(4)
  void aNightPublishedWhileAClientIsConnectedIsWhatItsNextQuerySees(TestWarehouse wh) throws SQLException {
    try (Connection c = jdbc.connect(url, "anyone", "")) {
      assertEquals(24L, count(c, "select count(*) from bench.page_month where month = " + MARCH));
      String table = wh.warehouse().tablePath("bench", "page_month");
      // the next night: linkedin's pages leave the bench table (a new Delta version), then it is published
      wh.spark().sql("delete from delta.`" + table + "` where platform = 'linkedin'");
      assertEquals(24L, count(c, "select count(*) from bench.page_month where month = " + MARCH), "not published yet");
      new Publication(wh.warehouse(), wh.spark().sparkContext().hadoopConfiguration()).publish(List.of("bench"));
      assertEquals(12L, count(c, "select count(*) from bench.page_month where month = " + MARCH), "12 facebook pages after the publication");
      assertEquals(0L, count(c, "select count(*) from bench.page_month where platform = 'linkedin'"));
    }
  }
}
