package socialbench.maintain;

/**
 * What maintenance did to one table: its data files on disk before and after, the files compaction
 * rewrote ({@code compactedFiles} into {@code compactedInto}), the files VACUUM removed, the retention it
 * used, and a note when the published version changed what was done (empty otherwise).
 */
public record TableMaintained(String table, DataFiles before, DataFiles after, long compactedFiles, long compactedInto,
    long removedFiles, long removedBytes, long retentionHours, String note) {

  /** One line: {@code dw.t: 13 -> 1 files (9.1 KB -> 1.0 KB); compacted 12 into 1; removed 12 superseded files (8.4 KB); retention 0 h}. */
  public String summary() {
    StringBuilder s = new StringBuilder(table).append(": ")
        .append(before.files()).append(" -> ").append(after.files()).append(" files (")
        .append(DataFiles.size(before.bytes())).append(" -> ").append(DataFiles.size(after.bytes())).append("); ");
    s.append(compactedFiles == 0 ? "nothing to compact" : "compacted " + compactedFiles + " into " + compactedInto);
    s.append("; removed ").append(removedFiles).append(" superseded files");
    if (removedFiles > 0) s.append(" (").append(DataFiles.size(removedBytes)).append(')');
    s.append("; retention ").append(retentionHours).append(" h");
    if (!note.isEmpty()) s.append("; ").append(note);
    return s.toString();
  }
}
