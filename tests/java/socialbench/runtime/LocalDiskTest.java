package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** The session's {@code file:} filesystem is {@link LocalDisk}: same results as Hadoop's, no chmod or readlink process. */
@ExtendWith(SparkTestExtension.class)
class LocalDiskTest {

  private static Configuration hadoop(TestWarehouse wh) {
    return wh.spark().sparkContext().hadoopConfiguration();
  }

  @Test
  void theSessionUsesItForFileSystemAndFileContext(TestWarehouse wh) throws Exception {
    assertEquals(LocalDisk.FileSystem.class, FileSystem.get(URI.create("file:///"), hadoop(wh)).getClass());
    FileContext fc = FileContext.getFileContext(URI.create("file:///"), hadoop(wh));
    assertEquals(LocalDisk.Fs.class, fc.getDefaultFileSystem().getClass());
  }

  @Test
  void setsPermissionsOfNewDirectoriesAndFilesInTheJvm(TestWarehouse wh) throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), hadoop(wh));
    Path dir = new Path(wh.dir().resolve("perm/a/b").toUri());
    assertTrue(fs.mkdirs(dir, new FsPermission((short) 0750)));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(wh.dir().resolve("perm/a/b"))));
    Path file = new Path(dir, "f.txt");
    fs.create(file).close();
    fs.setPermission(file, new FsPermission((short) 0640));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(wh.dir().resolve("perm/a/b/f.txt"))));
    assertEquals(new FsPermission((short) 0640), fs.getFileStatus(file).getPermission());
  }

  @Test
  void tellsLinksFromFilesAndRenamesThroughFileContextLikeHadoop(TestWarehouse wh) throws Exception {
    java.nio.file.Path real = Files.writeString(Files.createDirectories(wh.dir().resolve("links")).resolve("real.txt"), "x");
    java.nio.file.Path link = Files.createSymbolicLink(wh.dir().resolve("links/link.txt"), real);
    FileSystem fs = FileSystem.get(URI.create("file:///"), hadoop(wh));
    org.apache.hadoop.fs.RawLocalFileSystem hadoops = new org.apache.hadoop.fs.RawLocalFileSystem();
    hadoops.initialize(URI.create("file:///"), new Configuration());
    for (Path p : new Path[] {new Path(real.toString()), new Path(link.toString()), new Path(real.toUri()), new Path(link.toUri())}) {
      FileStatus ours = fs.getFileLinkStatus(p), theirs = hadoops.getFileLinkStatus(p);
      assertEquals(theirs.isSymlink(), ours.isSymlink(), p.toString());
      assertEquals(theirs.isFile(), ours.isFile(), p.toString());
      assertEquals(theirs.getLen(), ours.getLen(), p.toString());
      assertEquals(theirs.getPath(), ours.getPath(), p.toString());
    }
    FileStatus linked = fs.getFileLinkStatus(new Path(link.toString()));
    assertTrue(linked.isSymlink());
    assertEquals(real.toString(), linked.getSymlink().toUri().getPath());
    assertFalse(fs.getFileLinkStatus(new Path(real.toString())).isSymlink());

    // Delta's log store commits by FileContext.rename(tmp, NNN.json, NONE): refused when the target exists
    FileContext fc = FileContext.getFileContext(URI.create("file:///"), hadoop(wh));
    java.nio.file.Path tmp = Files.writeString(wh.dir().resolve("links/tmp.json"), "{}");
    fc.rename(new Path(tmp.toUri()), new Path(wh.dir().resolve("links/00.json").toUri()), Options.Rename.NONE);
    assertTrue(Files.exists(wh.dir().resolve("links/00.json")) && !Files.exists(tmp));
    java.nio.file.Path again = Files.writeString(wh.dir().resolve("links/tmp2.json"), "{}");
    try {
      fc.rename(new Path(again.toUri()), new Path(wh.dir().resolve("links/00.json").toUri()), Options.Rename.NONE);
      throw new AssertionError("a rename onto an existing commit file must fail");
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException expected) {
      assertTrue(Files.exists(again));
    }
  }

  @Test
  void aDeltaTableWrittenTwiceHasTwoVersions(TestWarehouse wh) {
    String path = wh.dir().resolve("delta-t").toString();
    wh.spark().range(3).write().format("delta").save(path);
    wh.spark().range(5).write().format("delta").mode("append").save(path);
    assertEquals(8, wh.spark().read().format("delta").load(path).count());
    assertEquals(2, wh.spark().sql("describe history delta.`" + path + "`").count());
  }
}
