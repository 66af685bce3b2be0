package socialbench.runtime;

import java.nio.file.Path;

/**
 * Where tables live: {@code <root>/<database>.db/<table>} (Hive's convention, so a table created with
 * plain SQL in a database lands in the same place). The root may be a local path or a Hadoop URI.
 */
public record Warehouse(String root) {

  public static Warehouse of(Settings settings) {
    return new Warehouse(normalise(settings.warehouse()));
  }

  /** Absolute path or URI of the warehouse root, without a trailing slash. */
  static String normalise(String root) {
    String r = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    if (r.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return r;
    }
    return Path.of(r).toAbsolutePath().normalize().toString();
  }

  public String databasePath(String database) {
    return root + "/" + database + ".db";
  }

  /** Location of {@code database.table}. */
  public String tablePath(String database, String table) {
    return databasePath(database) + "/" + table;
  }

  public String tablePath(String qualifiedName) {
    int dot = qualifiedName.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("table name must be database.table: " + qualifiedName);
    }
    return tablePath(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
  }
}
