package socialbench.generate;

/** One injected piece of mess, as listed in INBOX/_manifest/dirty.csv. */
public record DirtyEntry(String kind, String orgId, String platform, String exportDate, String file, String detail) implements Comparable<DirtyEntry> {
  static final String HEADER = "kind,org_id,platform,export_date,file,detail";

  String csvLine() {
    StringBuilder sb = new StringBuilder();
    String[] f = {kind, orgId, platform, exportDate, file, detail};
    for (int i = 0; i < f.length; i++) {
      if (i > 0) sb.append(',');
      CsvEncoder.field(sb, f[i], false);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(DirtyEntry o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = kind.compareTo(o.kind);
    return c != 0 ? c : detail.compareTo(o.detail);
  }
}
