package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import socialbench.model.ModelFile;
import socialbench.quality.CheckSpec;
import socialbench.quality.QualityChecks;
import socialbench.runtime.Settings;

/** Issue 21: the salt is a per-installation secret, and a record id is hashed with its organization. */
class RecordIdSaltTest {
  private static final String PLACEHOLDER_MESSAGE =
      "the record-id hash salt is still the placeholder shipped in conf/socialbench.conf; set a secret of at least 16 characters"
          + " for this installation: export SOCIALBENCH_HASH_SALT=\"$(openssl rand -hex 32)\" or set socialbench.privacy.hash-salt"
          + " in a --conf file (keep it: changing it changes every lead_id_hash)";

  @Test
  void landRefusesTheShippedPlaceholderSaltBeforeDoingAnything() {
    Settings shipped = Settings.defaults().with(HashSalt.KEY, "change-me-socialbench-salt");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Lander(null, shipped, null));
    assertEquals(PLACEHOLDER_MESSAGE, e.getMessage());
  }

  @Test
  void refusesASaltTooShortToBeASecret() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> HashSalt.require(Settings.defaults().with(HashSalt.KEY, "12345678").config()));
    assertEquals("the record-id hash salt (socialbench.privacy.hash-salt or SOCIALBENCH_HASH_SALT) has 8 characters; use a secret of at"
        + " least 16, e.g. export SOCIALBENCH_HASH_SALT=\"$(openssl rand -hex 32)\"", e.getMessage());
  }

  @Test
  void theTestsGetTheirSaltFromTheEnvironmentAsAnInstallationWould() {
    // pom.xml sets SOCIALBENCH_HASH_SALT for surefire; conf/socialbench.conf reads it over the placeholder
    assertEquals("socialbench-tests-only-salt-not-a-secret", HashSalt.require(Settings.defaults().config()));
  }

  @Test
  void theHashIsAnHmacOfOrganizationAndRecordIdWithTheSalt() {
    String salt = "socialbench-tests-only-salt-not-a-secret";
    // computed with Python: hmac.new(salt, b"lakeside-clinic\n1001", sha256).hexdigest()
    assertEquals("9cf759f274328a6c8beac921119d7aff6a73e4e9ff5cb8e33c56e972dbea4ed1", RecordIdHash.of(salt, "lakeside-clinic").hash("1001"));
    assertEquals("5696b7368b838c594c6d2b07f7b2873ab97e262faf73a9459cc729bef35cb613", RecordIdHash.of(salt, "northside").hash("1001"));
    assertNotEquals(RecordIdHash.of(salt, "northside").hash("1001"), RecordIdHash.of("another-installation-salt", "northside").hash("1001"));
  }

  @Test
  void theBlockingUniqueCheckOfTheLeadFunnelIsTheModelsKey() throws Exception {
    ModelFile model = ModelFile.parse("sql/marts/fct_lead_funnel.sql", Files.readString(Path.of("sql/marts/fct_lead_funnel.sql")));
    List<String> key = model.write().keys();
    assertEquals(List.of("org_id", "lead_id_hash"), key);
    List<CheckSpec> unique = new QualityChecks(null, Settings.defaults()).declared().stream()
        .filter(c -> c.table().equals("dw.fct_lead_funnel") && c.type() == socialbench.quality.CheckType.UNIQUE).toList();
    assertEquals(1, unique.size());
    assertEquals(key, unique.get(0).columns());
    assertEquals(true, unique.get(0).blocking());
  }
}
