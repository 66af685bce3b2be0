package socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.testing.CliProcess;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Separate JVMs share one warehouse: no metastore lock stands between them. A table created by one
 * process is read by the next one while a third process writes to it.
 */
@ExtendWith(SparkTestExtension.class)
class SharedWarehouseProcessesTest {

  @Test
  void aSqlQuerySucceedsWhileAnotherProcessWrites(@TempDir Path wh, TestWarehouse session) throws Exception {
    SparkSession spark = session.spark();
    CliRun setup = CliProcess.run(120, "sql", "--admin", "--warehouse", wh.toString(), "--master", "local[1]", "-Dspark.sql.shuffle.partitions=1", "-Dspark.databricks.delta.snapshotPartitions=1",
        "-e", "create table dw.events (n int) using delta; insert into dw.events values (0)");
    assertEquals(0, setup.exitCode(), setup.err());

    StringBuilder inserts = new StringBuilder();
    for (int i = 1; i <= 10; i++) inserts.append("insert into dw.events values (").append(i).append(");");
    File writerErr = File.createTempFile("writer", ".err");
    Process writer = CliProcess.builder("sql", "--admin", "--warehouse", wh.toString(), "--master", "local[1]", "-Dspark.sql.shuffle.partitions=1", "-Dspark.databricks.delta.snapshotPartitions=1", "-e", inserts.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(writerErr).start();
    try {
      CliRun read = CliProcess.run(120, "sql", "--warehouse", wh.toString(), "--master", "local[1]", "-Dspark.sql.shuffle.partitions=1", "-Dspark.databricks.delta.snapshotPartitions=1",
          "-e", "select count(*) >= 1 as ok from dw.events", "--format", "csv");
      assertEquals("ok\ntrue\n", read.out(), read.err());
      assertTrue(writer.isAlive() || writer.exitValue() == 0, "the writer failed: " + Files.readString(writerErr.toPath()));
    } finally {
      assertTrue(writer.waitFor(180, TimeUnit.SECONDS), "writer did not finish");
    }
    assertEquals(0, writer.exitValue(), Files.readString(writerErr.toPath()));
    // What the three processes left, read from the files in this JVM (a fourth cold process costs ~13 s).
    Row count = spark.read().format("delta").load(wh.resolve("dw.db/events").toString()).selectExpr("count(*)", "sum(n)").first();
    assertEquals("11,55", count.getLong(0) + "," + count.getLong(1));
  }
}
