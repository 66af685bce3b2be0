package socialbench.land;

/** A file-level problem: the whole file (or zip member / sheet) is rejected with this one-line reason. */
public final class FileRejection extends Exception {
  public FileRejection(String reason) {
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
