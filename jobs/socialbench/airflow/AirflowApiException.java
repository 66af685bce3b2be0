package socialbench.airflow;

/**
 * An Airflow API call that did not succeed: the HTTP status, the call, and the server's {@code detail}
 * (its own words on what went wrong).
 */
public class AirflowApiException extends RuntimeException {
  private final int status;
  private final String detail;

  public AirflowApiException(int status, String call, String detail) {
    super("Airflow answered " + status + " to " + call + ": " + detail);
    this.status = status;
    this.detail = detail;
  }

  /** For failures that are not one HTTP answer (a timeout, a server that cannot be reached). */
  public AirflowApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
    this.detail = message;
  }

  public int status() {
    return status;
  }

  public String detail() {
    return detail;
  }
}
