package socialbench.land;

import java.util.List;
import java.util.Set;

/**
 * One configured column of a native format: its canonical name, type, the header names it is known by
 * (normalised, see {@link HeaderNames}), and what landing does with it.
 *
 * @param drop personal data: recognised in a header, never landed
 * @param hash landed only as sha256(salt + value)
 * @param signed a whole-number column that may be negative (a net change); other whole-number columns
 *     are counts, and a negative count rejects the row
 */
public record ColumnSpec(
    String name, ColumnType type, List<String> headers, boolean required, Set<String> nulls, boolean drop, boolean hash, boolean signed) {

  /** The header name shown in messages: the first configured alias. */
  public String displayHeader() {
    return headers.get(0);
  }
}
