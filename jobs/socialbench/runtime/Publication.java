package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Write–audit–publish (docs/design.md §8). The pipeline writes Delta tables in place; readers (analysts'
 * {@code sql}, reports, exports, the SQL server) see each table as of its <em>published</em> version, a
 * pointer file {@code <table>/_socialbench_published} holding a Delta version number. A night publishes
 * only after its blocking checks pass, so a failed night leaves yesterday's published version readable.
 * Files whose names start with {@code _} are ignored by Delta readers and by VACUUM.
 */
public final class Publication {
  public static final String POINTER = "_socialbench_published";

  private final Warehouse warehouse;
  private final Configuration hadoop;

  public Publication(Warehouse warehouse, Configuration hadoop) {
    this.warehouse = warehouse;
    this.hadoop = hadoop;
  }

  /** Publishes the current version of every Delta table in the databases; returns the tables published. */
  public List<String> publish(List<String> databases) {
    List<String> done = new ArrayList<>();
    try {
      for (String db : databases) {
        Path dbPath = new Path(warehouse.databasePath(db));
        FileSystem fs = dbPath.getFileSystem(hadoop);
        if (!fs.exists(dbPath)) continue;
        for (FileStatus st : fs.listStatus(dbPath)) {
          if (!st.isDirectory() || st.getPath().getName().startsWith("_")) continue;
          OptionalLong v = latestVersion(fs, st.getPath());
          if (v.isEmpty()) continue;
          writePointer(fs, st.getPath(), v.getAsLong());
          done.add(db + "." + st.getPath().getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish tables of " + databases, e);
    }
    return done;
  }

  /** The published version of the table at {@code tablePath}, if it was ever published. */
  public OptionalLong publishedVersion(String tablePath) {
    try {
      Path p = new Path(tablePath, POINTER);
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) return OptionalLong.empty();
      try (var in = fs.open(p)) {
        return OptionalLong.of(Long.parseLong(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Newest committed Delta version: the highest {@code NNN.json} in {@code _delta_log}. */
  static OptionalLong latestVersion(FileSystem fs, Path table) throws IOException {
    Path log = new Path(table, "_delta_log");
    if (!fs.exists(log)) return OptionalLong.empty();
    long max = -1;
    for (FileStatus f : fs.listStatus(log)) {
      String n = f.getPath().getName();
      if (n.length() == 25 && n.endsWith(".json")) {
        try {
          max = Math.max(max, Long.parseLong(n.substring(0, 20)));
        } catch (NumberFormatException ignored) {
          // not a commit file
        }
      }
    }
    return max < 0 ? OptionalLong.empty() : OptionalLong.of(max);
  }

  private static void writePointer(FileSystem fs, Path table, long version) throws IOException {
    Path tmp = new Path(table, POINTER + ".tmp-" + ProcessHandle.current().pid());
    try (FSDataOutputStream out = fs.create(tmp, true)) {
      out.write((version + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path target = new Path(table, POINTER);
    if ("file".equals(fs.getUri().getScheme())) {
      // rename(2) replaces the old pointer atomically: a reader sees the old or the new version.
      java.nio.file.Files.move(java.nio.file.Path.of(tmp.toUri()), java.nio.file.Path.of(target.toUri()),
          java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } else {
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }
}
