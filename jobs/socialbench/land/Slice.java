package socialbench.land;

import java.time.LocalDate;

/** One partition of a bronze table: the rows of one org for one export date. */
record Slice(LocalDate exportDate, String orgId) {
  String directory() {
    return "_export_date=" + exportDate + "/_org_id=" + escape(orgId);
  }

  private static String escape(String v) {
    return org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils.escapePathName(v);
  }
}
