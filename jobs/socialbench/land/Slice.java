package socialbench.land;

import java.time.LocalDate;

/**
 * The rows of one org for one export date: what a file replaces when a corrected export arrives. Bronze
 * partitions hold every org of an export date, so a slice is rewritten by rewriting its date.
 */
record Slice(LocalDate exportDate, String orgId) {}
