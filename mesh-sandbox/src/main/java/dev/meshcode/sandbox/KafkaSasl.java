package dev.meshcode.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * SASL/PLAIN on the client listener (SASL_PLAINTEXT), for tests of clients that log in. The first
 * user (by name) is the brokers' own, for inter-broker traffic and the launcher's readiness check.
 * PLAIN without TLS sends passwords in the clear: loopback test clusters only.
 *
 * @param users user name to password; empty for no SASL (the default)
 */
record KafkaSasl(Map<String, String> users) {

  static final String PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

  KafkaSasl {
    users = Map.copyOf(new TreeMap<>(users));
  }

  static KafkaSasl none() {
    return new KafkaSasl(Map.of());
  }

  boolean enabled() {
    return !users.isEmpty();
  }

  /** The client listener's security protocol. */
  String protocol() {
    return enabled() ? "SASL_PLAINTEXT" : "PLAINTEXT";
  }

  /** The broker settings: mechanisms, and the JAAS line that knows every user. */
  String serverProperties() {
    if (!enabled()) {
      return "";
    }
    Map.Entry<String, String> broker = brokerUser();
    String known =
        new TreeMap<>(users)
            .entrySet().stream()
                .map(u -> "user_" + u.getKey() + "=\"" + u.getValue() + "\"")
                .collect(Collectors.joining(" "));
    return String.join(
        "\n",
        "sasl.enabled.mechanisms=PLAIN",
        "sasl.mechanism.inter.broker.protocol=PLAIN",
        "listener.name.sasl_plaintext.plain.sasl.jaas.config="
            + jaas(broker.getKey(), broker.getValue()).replace(";", " " + known + ";"),
        "");
  }

  /** Client settings that log in as the brokers' own user (the readiness check). */
  Map<String, Object> clientConfig() {
    if (!enabled()) {
      return Map.of();
    }
    Map.Entry<String, String> broker = brokerUser();
    return Map.of(
        "security.protocol",
        "SASL_PLAINTEXT",
        "sasl.mechanism",
        "PLAIN",
        "sasl.jaas.config",
        jaas(broker.getKey(), broker.getValue()));
  }

  private Map.Entry<String, String> brokerUser() {
    return new TreeMap<>(users).firstEntry();
  }

  private static String jaas(String user, String password) {
    return PLAIN_MODULE + " required username=\"" + user + "\" password=\"" + password + "\";";
  }
}
