package dev.meshcode.provider.schemaregistry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic credentials, already resolved from settings.xml or the environment (Confluent Cloud:
 * the API key and its secret). Neither part is ever printed: {@link #toString()} hides both, and no
 * exception of this package carries them.
 */
public record RegistryCredentials(String username, String password) {

  /** The {@code Authorization} header value. */
  String header() {
    String pair = username + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "RegistryCredentials[***]";
  }
}
