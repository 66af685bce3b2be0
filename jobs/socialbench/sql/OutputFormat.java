package socialbench.sql;

/** How {@code socialbench sql} prints results. */
public enum OutputFormat {
  /** Aligned columns with a header rule; NULL shown as NULL. */
  TABLE,
  /** RFC 4180 CSV with a header line; NULL as an empty field. */
  CSV,
  /** One JSON object per row (JSON Lines); NULL as null. */
  JSON
}
