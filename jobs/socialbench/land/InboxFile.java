package socialbench.land;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A file in the inbox, {@code INBOX/<org_id>/<platform>/<export_date>/<name>} or
 * {@code INBOX/_reference/<export_date>/<name>} (then org and platform are both {@code _reference}).
 *
 * @param relative the path relative to the inbox, with forward slashes (what the ledger records)
 */
public record InboxFile(Path path, String relative, String orgId, String platform, LocalDate exportDate) {
  public static final String REFERENCE = "_reference";
}
