package dev.meshcode.api.wiring;

import dev.meshcode.api.Login;
import dev.meshcode.api.SecretResolver;
import dev.meshcode.model.Endpoint;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One endpoint with its references resolved: the address, the client properties with every {@code
 * ${env:NAME}} replaced, and the login its credentials name. Its {@code toString} shows names and
 * the address only, so it can never leak a secret into a message.
 *
 * @param properties the endpoint's properties, resolved, sorted by key
 */
public record Connection(String address, Map<String, String> properties, Optional<Login> login) {

  static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule";
  static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule";

  public Connection {
    properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
  }

  /**
   * {@code endpoint} resolved through {@code secrets}.
   *
   * @throws dev.meshcode.api.SecretException when a reference cannot be resolved
   */
  public static Connection of(Endpoint endpoint, SecretResolver secrets) {
    Map<String, String> resolved = new TreeMap<>();
    endpoint.properties().forEach((key, value) -> resolved.put(key, secrets.expand(value)));
    return new Connection(endpoint.address(), resolved, endpoint.credentials().map(secrets::login));
  }

  /**
   * The properties of a Kafka client: {@code bootstrap.servers}, the endpoint's properties, and,
   * for a login without an explicit {@code sasl.jaas.config}, one for the {@code sasl.mechanism}
   * ({@code PLAIN} when none is given; {@code SCRAM-SHA-256} and {@code SCRAM-SHA-512} too). The
   * {@code security.protocol} (for example {@code SASL_SSL}) must come from the endpoint's
   * properties: guessing it could send a password over plaintext.
   */
  public Map<String, String> kafkaClientProperties() {
    Map<String, String> client = new TreeMap<>(properties);
    client.put("bootstrap.servers", address);
    if (login.isPresent() && !client.containsKey("sasl.jaas.config")) {
      String mechanism = client.computeIfAbsent("sasl.mechanism", k -> "PLAIN");
      String module = mechanism.startsWith("SCRAM-") ? SCRAM : PLAIN;
      client.put("sasl.jaas.config", jaas(module, login.get()));
    }
    return client;
  }

  private static String jaas(String module, Login login) {
    return module
        + " required username=\""
        + quoted(login.username())
        + "\" password=\""
        + quoted(login.password())
        + "\";";
  }

  /** JAAS values are double-quoted; a quote or backslash inside is escaped with a backslash. */
  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public String toString() {
    return "Connection[address="
        + address
        + ", properties="
        + properties.keySet()
        + ", login="
        + login.map(l -> l.username()).orElse("none")
        + "]";
  }
}
