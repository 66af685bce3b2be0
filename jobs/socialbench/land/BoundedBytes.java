package socialbench.land;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads or counts a stream's bytes up to a cap, never holding more than the cap in memory. */
final class BoundedBytes {
  private static final int CHUNK = 1 << 16;

  private BoundedBytes() {}

  /** The stream's bytes, or null when it has more than {@code cap} of them. */
  static byte[] read(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap + 1, CHUNK));
    byte[] buf = new byte[CHUNK];
    long total = 0;
    int n;
    while ((n = in.read(buf, 0, (int) Math.min(buf.length, cap + 1 - total))) > 0) {
      total += n;
      if (total > cap) return null;
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** How many bytes the stream has, counting at most {@code cap + 1} (then it stops reading). */
  static long count(InputStream in, long cap) throws IOException {
    byte[] buf = new byte[CHUNK];
    long total = 0;
    int n;
    while ((n = in.read(buf, 0, (int) Math.min(buf.length, cap + 1 - total))) > 0) {
      total += n;
      if (total > cap) return total;
    }
    return total;
  }
}
