package socialbench.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.local.LocalConfigKeys;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local filesystem ({@code file:}) without a process per call. Without Hadoop's native library
 * (not shipped in the Maven artifacts) {@link RawLocalFileSystem} sets a permission by running {@code chmod}
 * (every directory it creates, every file it writes) and asks whether a path is a link by running
 * {@code readlink} (both sides of every rename: each Delta commit): about 1,600 processes in a small
 * night, a few milliseconds each. Here both are done in the JVM with {@code java.nio.file}; every other
 * operation, rename included, is Hadoop's own. {@link SparkSessions} installs it for {@code file:} as
 * {@code fs.file.impl} (FileSystem API) and {@code fs.AbstractFileSystem.file.impl} (FileContext API,
 * which Delta's log store uses for its commits).
 */
public final class LocalDisk {
  private LocalDisk() {}

  /** The raw local filesystem with in-JVM permission and link calls. */
  public static class RawFileSystem extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      String rwx = permission.toString();
      if (permission.getStickyBit() || rwx.length() != 9) {
        super.setPermission(p, permission); // sticky bit or an ACL marker: Hadoop's own way
        return;
      }
      java.nio.file.Path file = pathToFile(p).toPath();
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) throw new java.io.FileNotFoundException("File " + p + " does not exist");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(rwx));
    }

    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
      if (Files.isSymbolicLink(pathToFile(f).toPath())) return super.getFileLinkStatus(f);
      return getFileStatus(f); // what Hadoop returns for a path that is not a link
    }
  }

  /** {@code fs.file.impl}: the checksummed local filesystem over {@link RawFileSystem}. */
  public static class FileSystem extends LocalFileSystem {
    public FileSystem() {
      super(new RawFileSystem());
    }
  }

  /** The FileContext view of {@link RawFileSystem} (what Hadoop's RawLocalFs is for RawLocalFileSystem). */
  public static class RawFs extends DelegateToFileSystem {
    public RawFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(uri, new RawFileSystem(), conf, "file", false);
    }

    @Override
    public int getUriDefaultPort() {
      return -1;
    }

    @Override
    @SuppressWarnings("deprecation")
    public FsServerDefaults getServerDefaults() throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    public FsServerDefaults getServerDefaults(Path f) throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    public boolean isValidName(String src) {
      return true; // any local path
    }
  }

  /** {@code fs.AbstractFileSystem.file.impl}: the checksummed FileContext filesystem over {@link RawFs}. */
  public static class Fs extends ChecksumFs {
    public Fs(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(new RawFs(uri, conf));
    }
  }
}
