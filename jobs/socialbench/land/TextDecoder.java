package socialbench.land;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes → text. A byte-order mark decides the encoding (UTF-8, UTF-16LE, UTF-16BE); otherwise the
 * configured encodings are tried in order, strictly: bytes that do not decode reject the file.
 */
final class TextDecoder {
  private final List<String> encodings;

  TextDecoder(List<String> encodings) {
    this.encodings = encodings;
  }

  String decode(byte[] bytes) throws FileRejection {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
    if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
    FileRejection first = null;
    for (String enc : encodings) {
      try {
        return strict(bytes, 0, Charset.forName(enc));
      } catch (FileRejection e) {
        if (first == null) first = e;
      }
    }
    throw first;
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws FileRejection {
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) bytes.length + 16));
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new FileRejection("undecodable bytes for " + charset.name() + " at byte " + in.position());
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new FileRejection("undecodable bytes for " + charset.name() + " at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
