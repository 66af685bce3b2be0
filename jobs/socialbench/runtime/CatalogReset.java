package socialbench.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Makes the process's one SparkSession forget a warehouse so the next one can be registered (a session's
 * databases keep the location they were created with). Spark's in-memory catalog deletes a database's
 * directory when it drops it, so each database is first pointed at an empty scratch directory: the
 * warehouse that was measured stays on disk for inspection.
 */
public final class CatalogReset {
  private CatalogReset() {}

  public static void forgetAll(SparkSession spark, Path scratch) throws java.io.IOException {
    for (Row db : spark.sql("SHOW DATABASES").collectAsList()) {
      String name = db.getString(0);
      if ("default".equals(name)) continue;
      Path empty = Files.createDirectories(scratch.resolve(name + ".db"));
      spark.sql("ALTER DATABASE `" + name + "` SET LOCATION '" + empty.toUri() + "'");
      spark.sql("DROP DATABASE `" + name + "` CASCADE");
    }
  }
}
