package socialbench.serve;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, stretched password hash: PBKDF2 with HMAC-SHA256, a random 16-byte salt, written as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64).
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
  static final String SCHEME = "pbkdf2-sha256";
  static final int DEFAULT_ITERATIONS = 210_000;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fresh hash of {@code password} with a new random salt. */
  public static PasswordHash of(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
  }

  /** Reads the text form; throws IllegalArgumentException with the reason if it is not one. */
  public static PasswordHash parse(String text) {
    String[] parts = text.split("\\$", -1);
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      throw new IllegalArgumentException("not a " + SCHEME + "$ITERATIONS$SALT$HASH value");
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < 1) throw new IllegalArgumentException("iterations must be positive: " + iterations);
      return new PasswordHash(iterations, Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad " + SCHEME + " value: " + e.getMessage(), e);
    }
  }

  /** True if {@code password} is the one this hash was made from (constant-time comparison). */
  public boolean matches(char[] password) {
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  public String text() {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
