package socialbench.land;

import com.typesafe.config.Config;

/**
 * The installation's secret for hashing CRM record ids ({@code socialbench.privacy.hash-salt}). A run
 * refuses the placeholder shipped in conf/socialbench.conf, an empty value and one too short to be a
 * secret: with a known salt, 8-digit record ids are recovered from their hashes in seconds.
 */
public final class HashSalt {
  public static final String KEY = "socialbench.privacy.hash-salt";
  public static final String ENV = "SOCIALBENCH_HASH_SALT";
  public static final String PLACEHOLDER_PREFIX = "change-me";
  static final int MIN_LENGTH = 16;

  private HashSalt() {}

  /** The configured salt; throws with how to set one when it is the placeholder or too short. */
  public static String require(Config config) {
    String salt = config.hasPath(KEY) ? config.getString(KEY) : "";
    if (salt.startsWith(PLACEHOLDER_PREFIX)) {
      throw new IllegalStateException(
          "the record-id hash salt is still the placeholder shipped in conf/socialbench.conf; set a secret of at least "
              + MIN_LENGTH + " characters for this installation: export " + ENV + "=\"$(openssl rand -hex 32)\" or set "
              + KEY + " in a --conf file (keep it: changing it changes every lead_id_hash)");
    }
    if (salt.strip().length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "the record-id hash salt (" + KEY + " or " + ENV + ") has " + salt.strip().length() + " characters; use a secret of at least "
              + MIN_LENGTH + ", e.g. export " + ENV + "=\"$(openssl rand -hex 32)\"");
    }
    return salt;
  }

  /** True when the configuration still holds the shipped placeholder (the demo then makes its own). */
  public static boolean isPlaceholder(Config config) {
    return config.getString(KEY).startsWith(PLACEHOLDER_PREFIX);
  }
}
