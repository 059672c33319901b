package dev.meshcode.sandbox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TLS material of a test cluster: the brokers' key store (a self-signed certificate for 127.0.0.1)
 * and a trust store that holds that certificate, both PKCS12 with one password. With {@code
 * clientTrustStore} the client listener requires a certificate of every client (mutual TLS), and
 * the brokers trust exactly what that store holds.
 *
 * @param clientTrustStore the brokers' trust store when clients must present a certificate; it must
 *     hold the brokers' own certificate too (PKCS12, same password), since brokers talk to each
 *     other on the same listener; empty for server-only TLS
 */
public record KafkaTls(
    Path keyStore, Path trustStore, String password, Optional<Path> clientTrustStore) {

  /** Server-only TLS: clients check the brokers, the brokers ask no certificate. */
  public KafkaTls(Path keyStore, Path trustStore, String password) {
    this(keyStore, trustStore, password, Optional.empty());
  }

  /** Mutual TLS ({@code ssl.client.auth=required}): clients must present a certificate. */
  public KafkaTls requiringClientCertificates(Path trustedClients) {
    return new KafkaTls(keyStore, trustStore, password, Optional.of(trustedClients));
  }

  /** The brokers present the key and, talking to each other, trust the same certificate. */
  Map<String, String> brokerConfig() {
    Map<String, String> config = new HashMap<>(trustConfig(clientTrustStore.orElse(trustStore)));
    config.putAll(keyConfig());
    clientTrustStore.ifPresent(clients -> config.put("ssl.client.auth", "required"));
    return config;
  }

  /** The launcher's own client: trusts the brokers and, under mutual TLS, presents their key. */
  Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>(trustConfig(trustStore));
    if (clientTrustStore.isPresent()) {
      config.putAll(keyConfig());
    }
    return config;
  }

  private Map<String, String> keyConfig() {
    return Map.of(
        "ssl.keystore.location",
        keyStore.toString(),
        "ssl.keystore.password",
        password,
        "ssl.keystore.type",
        "PKCS12");
  }

  private Map<String, String> trustConfig(Path store) {
    return Map.of(
        "ssl.truststore.location",
        store.toString(),
        "ssl.truststore.password",
        password,
        "ssl.truststore.type",
        "PKCS12");
  }
}
