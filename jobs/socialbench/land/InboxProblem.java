package socialbench.land;

import java.time.LocalDate;

/**
 * Something in the inbox that is not landed and is recorded as a rejected ledger row: a symbolic link,
 * a folder or file that cannot be read, something that is not a regular file.
 *
 * @param relative path relative to the inbox, with forward slashes
 * @param platform the platform folder, {@value #ALL_PLATFORMS} for a problem with an organization's folder
 * @param identity what the ledger's sha256 column holds for it: sha256 of the file when it could be read,
 *     otherwise a stable stand-in (see {@link FileHash#standIn})
 */
record InboxProblem(String relative, String orgId, String platform, LocalDate exportDate, String reason, String identity) {
  static final String ALL_PLATFORMS = "*";
  static final String LINK = "symbolic link: not followed";
}
