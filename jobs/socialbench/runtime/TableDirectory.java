package socialbench.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a directory of the warehouse holds, decided from names alone (no Delta log or Parquet footer is
 * read): a Delta table has a {@code _delta_log}; a Parquet table (bronze) has {@code .parquet} files,
 * possibly under {@code column=value} partition directories.
 */
public final class TableDirectory {
  public enum Kind { DELTA, PARQUET, NONE }

  private TableDirectory() {}

  public static Kind kind(FileSystem fs, Path dir) throws IOException {
    if (!fs.isDirectory(dir)) return Kind.NONE;
    if (fs.exists(new Path(dir, "_delta_log"))) return Kind.DELTA;
    return firstDataFile(fs, dir) != null ? Kind.PARQUET : Kind.NONE;
  }

  /** Names of the table directories directly under {@code dbDir} (one listing; children are not opened). */
  public static List<String> tableNames(FileSystem fs, Path dbDir, boolean skipDatabases) throws IOException {
    List<String> names = new ArrayList<>();
    if (!fs.isDirectory(dbDir)) return names;
    for (FileStatus st : fs.listStatus(dbDir)) {
      String n = st.getPath().getName();
      if (!st.isDirectory() || n.startsWith("_") || n.startsWith(".")) continue;
      if (skipDatabases && n.endsWith(".db")) continue;
      names.add(n);
    }
    return names;
  }

  /** The first {@code .parquet} file found depth-first (through partition directories), or null. */
  public static Path firstDataFile(FileSystem fs, Path dir) throws IOException {
    for (FileStatus st : fs.listStatus(dir)) {
      String n = st.getPath().getName();
      // Partition directories may name a column that starts with "_" (bronze: _export_date=…), as Spark allows.
      if ((n.startsWith("_") && !n.contains("=")) || n.startsWith(".")) continue;
      if (st.isFile() && n.endsWith(".parquet")) return st.getPath();
      if (st.isDirectory() && n.contains("=")) {
        Path found = firstDataFile(fs, st.getPath());
        if (found != null) return found;
      }
    }
    return null;
  }

  /** Partition column names along the path from {@code table} down to {@code file} ({@code col=value} levels). */
  public static List<String> partitionColumns(Path table, Path file) {
    List<String> cols = new ArrayList<>();
    String rel = table.toUri().relativize(file.getParent().toUri()).getPath();
    for (String level : rel.split("/")) {
      int eq = level.indexOf('=');
      if (eq > 0) cols.add(level.substring(0, eq));
    }
    return cols;
  }
}
