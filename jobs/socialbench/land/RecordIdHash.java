package socialbench.land;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The landed form of a CRM record id: hex HMAC-SHA256 keyed with the installation's secret salt over
 * {@code org_id + "\n" + record_id}. The organization is part of the message, so two organizations'
 * record 1001 are two different leads; without the salt the ids cannot be recovered by trying them all.
 * Not thread-safe (one per file being parsed).
 */
final class RecordIdHash {
  private final Mac mac;
  private final byte[] orgPrefix;

  private RecordIdHash(Mac mac, String orgId) {
    this.mac = mac;
    this.orgPrefix = (orgId + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static RecordIdHash of(String salt, String orgId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return new RecordIdHash(mac, orgId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String hash(String recordId) {
    mac.reset();
    mac.update(orgPrefix);
    return HexFormat.of().formatHex(mac.doFinal(recordId.getBytes(StandardCharsets.UTF_8)));
  }
}
