package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * Where and how to reach Kafka.
 *
 * @param bootstrap {@code host:port[,host:port...]}
 * @param clientProperties extra AdminClient properties (security.protocol, ssl.*, ...); their
 *     values are never printed, since some of them are passwords
 * @param credentials SASL credentials; with them the default protocol is {@code SASL_SSL}
 */
public record KafkaConnection(
    String bootstrap,
    Map<String, String> clientProperties,
    Optional<KafkaCredentials> credentials) {
  private static final String HIDDEN = "****";

  public KafkaConnection {
    clientProperties = Map.copyOf(clientProperties);
  }

  public static KafkaConnection plaintext(String bootstrap) {
    return new KafkaConnection(bootstrap, Map.of(), Optional.empty());
  }

  /** The AdminClient configuration; the client properties may not override the bootstrap. */
  Map<String, Object> adminConfig(Duration timeout) {
    Map<String, Object> config = new HashMap<>();
    int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 30_000));
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "meshcode");
    credentials.ifPresent(
        c -> {
          config.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
          config.put(SaslConfigs.SASL_MECHANISM, c.mechanism());
          config.put(SaslConfigs.SASL_JAAS_CONFIG, c.jaasConfig());
        });
    config.putAll(clientProperties);
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return config;
  }

  /** {@code text} with every secret this connection knows replaced by {@code ****}. */
  String redact(String text) {
    String result = text;
    for (String secret : secrets()) {
      result = result.replace(secret, HIDDEN);
    }
    return result;
  }

  /** Longest first, so a JAAS line is hidden whole before the password inside it. */
  private List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    credentials.ifPresent(
        c -> {
          secrets.add(c.jaasConfig());
          secrets.add(c.password());
        });
    clientProperties.forEach(
        (key, value) -> {
          if (isSecretKey(key) && !value.isEmpty()) {
            secrets.add(value);
          }
        });
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    return secrets;
  }

  private static boolean isSecretKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password")
        || k.contains("jaas")
        || k.contains("secret")
        || k.endsWith(".key");
  }

  @Override
  public String toString() {
    return "KafkaConnection[bootstrap="
        + bootstrap
        + ", clientProperties="
        + new TreeMap<>(clientProperties).keySet()
        + ", credentials="
        + credentials.map(KafkaCredentials::toString).orElse("none")
        + "]";
  }
}
