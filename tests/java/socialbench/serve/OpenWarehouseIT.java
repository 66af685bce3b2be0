package socialbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.bench.AnalystViews;
import socialbench.bench.PublishedBenchFixture;
import socialbench.runtime.Publication;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Engines other than socialbench's Spark read the published warehouse (issue 9): a real Hive JDBC client
 * through `serve-sql` (Spark's Thrift server under pyspark's spark-submit, started from the packaged jar)
 * and delta-rs (the `deltalake` Python package of .venv) reading the Delta tables directly. One small
 * published warehouse ({@link PublishedBenchFixture}) for the class, served twice at once: as configured
 * by default (127.0.0.1, no authentication) and with a users file.
 */
@ExtendWith(SparkTestExtension.class)
class OpenWarehouseIT {
  private static final long START_TIMEOUT_SECONDS = 300;
  private static final String USER = "analyst";
  private static final String PASSWORD = "correct horse battery";
  private static final String MARCH = "date'2026-03-01'";

  @TempDir static Path dir;

  private static Path repo;
  private static ServeSqlProcess server; // as configured by default: 127.0.0.1, no authentication
  private static ServeSqlProcess withUsers; // --users FILE
  private static String listening;
  private static String listeningWithUsers;
  private static HiveJdbcClient jdbc;

  @BeforeAll
  static void publishAWarehouseAndServeIt(TestWarehouse wh) throws Exception {
    repo = Path.of(System.getenv().getOrDefault("SOCIALBENCH_HOME", System.getProperty("user.dir")));
    assertTrue(Files.isRegularFile(repo.resolve("target/socialbench.jar")), "run after mvn package: target/socialbench.jar is missing");
    PublishedBenchFixture.build(wh);
    Path users = dir.resolve("sql-users");
    UsersFile.read(users).put(USER, PASSWORD.toCharArray());
    server = ServeSqlProcess.launch(repo, wh.dir());
    withUsers = ServeSqlProcess.launch(repo, wh.dir(), "--users", users.toString());
    listening = server.awaitListening(START_TIMEOUT_SECONDS);
    listeningWithUsers = withUsers.awaitListening(START_TIMEOUT_SECONDS);
    jdbc = HiveJdbcClient.fromVenv(repo);
  }

  @AfterAll
  static void stopTheServers() {
    if (server != null) server.close();
    if (withUsers != null) withUsers.close();
  }

  @Test
  void eachServerSaysWhereItListensAndHowClientsAuthenticate(TestWarehouse wh) {
    assertTrue(listening.startsWith("serve-sql: listening on jdbc:hive2://127.0.0.1:" + server.port
        + "/default (no authentication; read-only analyst policy; warehouse " + wh.dir() + "; started in "), listening);
    assertTrue(listeningWithUsers.startsWith("serve-sql: listening on jdbc:hive2://127.0.0.1:" + withUsers.port
        + "/default (passwords of users file " + dir.resolve("sql-users") + "; read-only analyst policy; warehouse " + wh.dir() + "; started in "), listeningWithUsers);
  }

  @Test
  void aJdbcClientReadsBenchPageMonthWithTheFiguresSparkGives(TestWarehouse wh) throws SQLException {
    String query = "select count(*), count(distinct org_id), sum(posts), sum(followers_end), sum(engagement_rate_followers)"
        + " from bench.page_month where month = " + MARCH;
    List<Object> viaJdbc;
    try (Connection c = jdbc.connect(server.port, "anyone", ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      assertTrue(rs.next());
      viaJdbc = List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5));
    }
    Row spark = wh.spark().sql(query).first();
    assertEquals(24L, viaJdbc.get(0), "12 organizations with a facebook and a linkedin page each");
    assertEquals(12L, viaJdbc.get(1));
    assertEquals(List.of(spark.getLong(0), spark.getLong(1), spark.getLong(2), spark.getLong(3)), viaJdbc.subList(0, 4));
    // a sum of doubles depends on the order of its terms, which depends on the partitioning: equal to 1e-12
    assertEquals(spark.getDouble(4), (double) viaJdbc.get(4), Math.abs(spark.getDouble(4)) * 1e-12);
  }

  @Test
  void describeThroughJdbcShowsTheColumnComments() throws SQLException {
    Map<String, String> comments = new LinkedHashMap<>();
    try (Connection c = jdbc.connect(server.port, "anyone", ""); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("describe bench.page_month")) {
      while (rs.next()) comments.put(rs.getString(1), rs.getString(3));
    }
    assertEquals("Posts published in the month (UTC publish date).", comments.get("posts"));
    assertEquals("First day of the calendar month (UTC).", comments.get("month"));
  }

  @Test
  void theJdbcMetadataThatBiToolsBrowseListsBenchTablesWithColumnComments() throws SQLException {
    List<String> benchTables = new java.util.ArrayList<>();
    String postsRemark = null;
    try (Connection c = jdbc.connect(server.port, "anyone", "")) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(null, "bench", "%", null)) {
        while (rs.next()) benchTables.add(rs.getString("TABLE_NAME"));
      }
      try (ResultSet rs = meta.getColumns(null, "bench", "page_month", "posts")) {
        assertTrue(rs.next(), "bench.page_month.posts in getColumns");
        postsRemark = rs.getString("REMARKS");
      }
    }
    assertTrue(benchTables.containsAll(List.of("page_month", "cohort_month", "page_rank", "best_time")), benchTables.toString());
    assertEquals("Posts published in the month (UTC publish date).", postsRemark);
  }

  @Test
  void everyConnectionSeesTheAnalystViews(TestWarehouse wh) throws SQLException {
    AnalystViews.register(wh.spark());
    long expected = wh.spark().sql("select count(*) from client_vs_industry").first().getLong(0);
    assertTrue(expected > 0, "client_vs_industry has rows");
    for (int i = 0; i < 2; i++) {
      try (Connection c = jdbc.connect(server.port, "anyone", ""); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from client_vs_industry")) {
        assertTrue(rs.next());
        assertEquals(expected, rs.getLong(1), "connection " + (i + 1));
      }
    }
  }

  @Test
  void withAUsersFileOnlyTheRightPasswordLogsIn() throws SQLException {
    SQLException wrong = assertThrows(SQLException.class, () -> jdbc.connect(withUsers.port, USER, "wrong").close());
    assertTrue(String.valueOf(wrong.getMessage()).endsWith("Peer indicated failure: Error validating the login"), wrong.getMessage());
    SQLException unknown = assertThrows(SQLException.class, () -> jdbc.connect(withUsers.port, "mallory", PASSWORD).close());
    assertTrue(String.valueOf(unknown.getMessage()).endsWith("Peer indicated failure: Error validating the login"), unknown.getMessage());
    try (Connection c = jdbc.connect(withUsers.port, USER, PASSWORD); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from bench.page_month where month = " + MARCH)) {
      assertTrue(rs.next());
      assertEquals(24L, rs.getLong(1));
    }
  }

  @Test
  void deltaRsReadsThePublishedBenchAndDwTablesWithTheFiguresSparkGives(TestWarehouse wh) throws Exception {
    Publication publication = new Publication(wh.warehouse(), wh.spark().sparkContext().hadoopConfiguration());
    Map<String, List<String>> tables = new LinkedHashMap<>();
    tables.put("bench.page_month", List.of("posts", "followers_end", "engagement_rate_followers"));
    tables.put("bench.cohort_month", List.of("n_orgs", "p50"));
    tables.put("dw.fct_post", List.of("engagements_d7", "followers_at_publish"));
    tables.put("dw.dim_page", List.of());
    ObjectMapper json = new ObjectMapper();
    List<Map<String, Object>> spec = new java.util.ArrayList<>();
    for (String table : tables.keySet()) {
      String path = wh.warehouse().tablePath(table);
      spec.add(Map.of("path", path, "version", publication.publishedVersion(path).orElseThrow(), "sum", tables.get(table)));
    }
    JsonNode deltaRs = json.readTree(runPython(repo.resolve("tests/python/delta_rs_figures.py"), json.writeValueAsString(spec)));
    int i = 0;
    for (Map.Entry<String, List<String>> t : tables.entrySet()) {
      JsonNode figures = deltaRs.get(i++);
      StringBuilder q = new StringBuilder("select count(*)");
      for (String col : t.getValue()) q.append(", sum(").append(col).append(")");
      Row spark = wh.spark().sql(q + " from " + t.getKey()).first();
      assertEquals(spark.getLong(0), figures.get("rows").asLong(), t.getKey() + " rows");
      assertTrue(spark.getLong(0) > 0, t.getKey() + " has rows");
      for (int c = 0; c < t.getValue().size(); c++) {
        String col = t.getValue().get(c);
        JsonNode v = figures.get("sums").get(col);
        if (spark.get(c + 1) instanceof Double d) {
          assertEquals(d, v.asDouble(), Math.abs(d) * 1e-12, t.getKey() + "." + col);
        } else {
          assertEquals(((Number) spark.get(c + 1)).longValue(), v.asLong(), t.getKey() + "." + col);
        }
      }
    }
  }

  private static String runPython(Path script, String arg) throws Exception {
    Path python = repo.resolve(".venv/bin/python");
    assertTrue(Files.isExecutable(python), "no " + python + ": run scripts/setup-python.sh");
    Path out = dir.resolve("delta-rs.json");
    Path err = dir.resolve("delta-rs.err");
    Process p = new ProcessBuilder(python.toString(), script.toString(), arg).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "delta-rs did not finish in 120 s");
    assertEquals(0, p.exitValue(), () -> readQuietly(err));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
