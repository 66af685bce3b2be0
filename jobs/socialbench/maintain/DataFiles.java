package socialbench.maintain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The data files of a Delta table on disk, whatever version references them: every file under the
 * table's directory except the transaction log and the files and directories whose names start with
 * {@code _} or {@code .} (the publication pointer, checksums).
 */
public record DataFiles(long files, long bytes) {

  public static DataFiles of(String tablePath, Configuration hadoop) {
    try {
      Path root = new Path(tablePath);
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root)) return new DataFiles(0, 0);
      return count(fs, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + tablePath, e);
    }
  }

  private static DataFiles count(FileSystem fs, Path dir) throws IOException {
    long files = 0;
    long bytes = 0;
    for (FileStatus st : fs.listStatus(dir)) {
      String name = st.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) continue;
      if (st.isDirectory()) {
        DataFiles sub = count(fs, st.getPath());
        files += sub.files;
        bytes += sub.bytes;
      } else {
        files++;
        bytes += st.getLen();
      }
    }
    return new DataFiles(files, bytes);
  }

  /** Bytes for people: {@code 812 B}, {@code 45.3 KB}, {@code 1.2 MB}, {@code 3.40 GB}. */
  public static String size(long bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024L * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
  }
}
