package dev.meshcode.provider.schemaregistry;

import java.util.OptionalInt;

/**
 * A registry call that failed for good (after retries where retrying makes sense). The message
 * names the call and the server's own words, never credentials: the Authorization header is not
 * part of anything this package prints.
 */
public final class RegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_SERVER_TEXT = 500;

  private final RegistryError error;
  private final int httpStatus;
  private final int errorCode;

  RegistryException(
      RegistryError error, int httpStatus, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.error = error;
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  static RegistryException http(String call, int status, int errorCode, String serverText) {
    String code = errorCode == status ? "" : " (error_code " + errorCode + ")";
    return new RegistryException(
        RegistryError.of(status, errorCode),
        status,
        errorCode,
        call + " failed: HTTP " + status + code + ": " + clip(serverText),
        null);
  }

  static RegistryException unreachable(String call, int attempts, Throwable cause) {
    String why = cause.getClass().getSimpleName();
    String detail = cause.getMessage() == null ? "" : ": " + clip(cause.getMessage());
    return new RegistryException(
        RegistryError.UNREACHABLE,
        0,
        0,
        call + " failed after " + attempts + " attempt(s): " + why + detail,
        cause);
  }

  static RegistryException protocol(String message) {
    return new RegistryException(
        RegistryError.PROTOCOL, 0, 0, "unexpected registry answer: " + message, null);
  }

  public RegistryError error() {
    return error;
  }

  /** The HTTP status, empty when no HTTP answer came. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** Confluent's {@code error_code} (or the HTTP status when the body had none). */
  public OptionalInt errorCode() {
    return errorCode == 0 ? OptionalInt.empty() : OptionalInt.of(errorCode);
  }

  private static String clip(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_SERVER_TEXT
        ? oneLine
        : oneLine.substring(0, MAX_SERVER_TEXT) + "...";
  }
}
