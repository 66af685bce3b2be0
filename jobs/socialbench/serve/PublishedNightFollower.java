package socialbench.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import socialbench.runtime.Publication;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseCatalog;
import socialbench.sql.AnalystPolicy;

/**
 * Keeps the SQL server's catalog on the newest published night: before each analyst statement it reads
 * the publication pointers of the analyst databases' tables (a few small files) and re-pins the views of
 * the tables whose published version changed, or registers tables that appeared. A client connected
 * before a night was published sees it on its next statement; nothing needs a restart.
 */
final class PublishedNightFollower {
  private final WarehouseCatalog catalog;
  private final Warehouse warehouse;
  private final Configuration hadoop;
  private final Map<String, Long> pinned = new HashMap<>();
  private boolean started;

  PublishedNightFollower(WarehouseCatalog catalog, Warehouse warehouse, Configuration hadoop) {
    this.catalog = catalog;
    this.warehouse = warehouse;
    this.hadoop = hadoop;
  }

  /** Re-pins what changed since the last call; the first call only records the versions seen. */
  synchronized void follow() {
    boolean first = !started;
    started = true;
    Publication publication = new Publication(warehouse, hadoop);
    try {
      for (String db : AnalystPolicy.DATABASES) {
        if ("default".equals(db)) continue;
        Path dbPath = new Path(warehouse.databasePath(db));
        FileSystem fs = dbPath.getFileSystem(hadoop);
        if (!fs.exists(dbPath)) continue;
        for (FileStatus st : fs.listStatus(dbPath)) {
          String table = st.getPath().getName();
          if (!st.isDirectory() || table.startsWith("_") || table.startsWith(".")) continue;
          OptionalLong v = publication.publishedVersion(st.getPath().toString());
          if (v.isEmpty()) continue;
          Long before = pinned.put(db + "." + table, v.getAsLong());
          if (!first && (before == null || before != v.getAsLong())) catalog.register(db, table);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the publication of " + warehouse.root(), e);
    }
  }
}
