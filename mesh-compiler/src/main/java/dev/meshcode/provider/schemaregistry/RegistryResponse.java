package dev.meshcode.provider.schemaregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP answer.
 *
 * @param retryAfter the {@code Retry-After} header, when the server sent one
 */
record RegistryResponse(int status, String body, Optional<Duration> retryAfter) {

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /**
   * Confluent's {@code error_code}; the HTTP status when the body has none, or 0 as Apicurio 2.6
   * sometimes sends.
   */
  int errorCode() {
    return errorBody().map(b -> b.path("error_code").asInt(0)).filter(c -> c != 0).orElse(status);
  }

  /** A registry error body: a JSON object with {@code error_code} or {@code message}. */
  Optional<JsonNode> errorBody() {
    return RegistryJson.tryParse(body).filter(b -> b.has("error_code") || b.has("message"));
  }

  /** The server's message, or the raw body when it is not a registry error body. */
  String serverText() {
    return errorBody().map(b -> b.path("message").asText("")).orElse(body);
  }
}
