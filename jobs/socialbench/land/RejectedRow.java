package socialbench.land;

/** A row that did not land: where it was, its raw text, and why. */
public record RejectedRow(long rowNumber, String rawText, String reason) {}
