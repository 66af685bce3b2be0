package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer at a time per warehouse: every step that writes (land, model, bench, check, nightly,
 * backfill) holds this lock. It is an OS file lock on {@code <warehouse>/_locks/writer.lock}, so it is
 * released when the process ends in any way, SIGKILL included — a killed night never blocks the next.
 * A second writer waits up to {@code socialbench.lock.wait-seconds}, then fails with a clear message.
 * (For a warehouse on a remote Hadoop filesystem, schedule one writer at a time — Airflow's
 * max_active_runs=1 and pool do that; this lock covers the local default.)
 */
public final class WarehouseLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WarehouseLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Returns null for a non-local warehouse (no lock is taken). */
  public static WarehouseLock acquire(Settings settings, String holder) {
    String root = Warehouse.of(settings).root();
    if (root.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*") && !root.startsWith("file:")) {
      return null;
    }
    Path dir = Path.of(root.startsWith("file:") ? root.substring(5) : root, "_locks");
    long waitMillis = settings.config().getLong("socialbench.lock.wait-seconds") * 1000L;
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("writer.lock");
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      long deadline = System.currentTimeMillis() + waitMillis;
      while (true) {
        FileLock l = ch.tryLock();
        if (l != null) {
          ch.truncate(0);
          ch.write(ByteBuffer.wrap((holder + " (pid " + ProcessHandle.current().pid() + ")\n").getBytes(StandardCharsets.UTF_8)), 0);
          return new WarehouseLock(ch, l);
        }
        if (System.currentTimeMillis() >= deadline) {
          String other = Files.readString(file, StandardCharsets.UTF_8).strip();
          ch.close();
          throw new IllegalStateException("the warehouse is busy: another run holds " + file
              + (other.isEmpty() ? "" : " (" + other + ")") + "; try again when it has finished");
        }
        Thread.sleep(500);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the warehouse " + root, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the warehouse lock", e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
