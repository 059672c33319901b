package dev.meshcode.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How clients reach a test cluster: plaintext (the default), SASL/PLAIN logins, TLS, or both
 * (SASL_SSL, what production clusters use). With SASL, the first user (by name) is the brokers'
 * own, for inter-broker traffic and the launcher's readiness check. Loopback test clusters only.
 *
 * @param users user name to password; empty for no SASL
 * @param tls the brokers' key and the trust store clients need (and, for mutual TLS, the client
 *     certificates the brokers trust); empty for no TLS
 */
record KafkaSecurity(Map<String, String> users, Optional<KafkaTls> tls) {

  static final String PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

  KafkaSecurity {
    users = Map.copyOf(new TreeMap<>(users));
  }

  static KafkaSecurity none() {
    return new KafkaSecurity(Map.of(), Optional.empty());
  }

  KafkaSecurity withUsers(Map<String, String> logins) {
    return new KafkaSecurity(logins, tls);
  }

  KafkaSecurity withTls(KafkaTls keys) {
    return new KafkaSecurity(users, Optional.of(keys));
  }

  private boolean sasl() {
    return !users.isEmpty();
  }

  /** The client listener's security protocol, which is also its listener name. */
  String protocol() {
    if (tls.isPresent()) {
      return sasl() ? "SASL_SSL" : "SSL";
    }
    return sasl() ? "SASL_PLAINTEXT" : "PLAINTEXT";
  }

  /** The broker settings: mechanisms and the JAAS line that knows every user; key and trust. */
  String serverProperties() {
    StringBuilder out = new StringBuilder();
    if (sasl()) {
      Map.Entry<String, String> broker = brokerUser();
      String known =
          users.entrySet().stream()
              .map(u -> "user_" + u.getKey() + "=\"" + u.getValue() + "\"")
              .collect(Collectors.joining(" "));
      String listener = protocol().toLowerCase(java.util.Locale.ROOT);
      out.append("sasl.enabled.mechanisms=PLAIN\n")
          .append("sasl.mechanism.inter.broker.protocol=PLAIN\n")
          .append("listener.name.")
          .append(listener)
          .append(".plain.sasl.jaas.config=")
          .append(jaas(broker.getKey(), broker.getValue()).replace(";", " " + known + ";"))
          .append('\n');
    }
    tls.ifPresent(
        t -> t.brokerConfig().forEach((k, v) -> out.append(k).append('=').append(v).append('\n')));
    return out.toString();
  }

  /** Client settings for the readiness check: the brokers' own login, the trust store. */
  Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put("security.protocol", protocol());
    if (sasl()) {
      Map.Entry<String, String> broker = brokerUser();
      config.put("sasl.mechanism", "PLAIN");
      config.put("sasl.jaas.config", jaas(broker.getKey(), broker.getValue()));
    }
    tls.ifPresent(t -> config.putAll(t.clientConfig()));
    return config;
  }

  private Map.Entry<String, String> brokerUser() {
    return new TreeMap<>(users).firstEntry();
  }

  private static String jaas(String user, String password) {
    return PLAIN_MODULE + " required username=\"" + user + "\" password=\"" + password + "\";";
  }
}
