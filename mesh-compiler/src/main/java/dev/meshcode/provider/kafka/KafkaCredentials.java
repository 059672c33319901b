package dev.meshcode.provider.kafka;

import java.util.Locale;
import java.util.Set;

/**
 * SASL credentials, already resolved (from Maven's settings or the environment) by the caller.
 *
 * @param mechanism {@code PLAIN}, {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512}
 */
public record KafkaCredentials(String mechanism, String username, String password) {
  private static final Set<String> MECHANISMS = Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");

  public KafkaCredentials {
    mechanism = mechanism.toUpperCase(Locale.ROOT);
    if (!MECHANISMS.contains(mechanism)) {
      throw new IllegalArgumentException(
          "unsupported SASL mechanism " + mechanism + "; use one of " + MECHANISMS);
    }
  }

  /** The {@code sasl.jaas.config} value; it holds the password, so it is never printed. */
  String jaasConfig() {
    String module =
        mechanism.equals("PLAIN")
            ? "org.apache.kafka.common.security.plain.PlainLoginModule"
            : "org.apache.kafka.common.security.scram.ScramLoginModule";
    return module
        + " required username=\""
        + escape(username)
        + "\" password=\""
        + escape(password)
        + "\";";
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public String toString() {
    return "KafkaCredentials[mechanism="
        + mechanism
        + ", username="
        + username
        + ", password=****]";
  }
}
