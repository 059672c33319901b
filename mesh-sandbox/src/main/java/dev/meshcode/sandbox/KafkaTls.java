package dev.meshcode.sandbox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * TLS material of a test cluster: the brokers' key store (a self-signed certificate for 127.0.0.1)
 * and a trust store that holds that certificate, both PKCS12 with one password.
 */
public record KafkaTls(Path keyStore, Path trustStore, String password) {

  /** The brokers present the key and, talking to each other, trust the same certificate. */
  Map<String, String> brokerConfig() {
    Map<String, String> config = new HashMap<>(trustConfig());
    config.put("ssl.keystore.location", keyStore.toString());
    config.put("ssl.keystore.password", password);
    config.put("ssl.keystore.type", "PKCS12");
    return config;
  }

  Map<String, Object> clientConfig() {
    return Map.copyOf(trustConfig());
  }

  private Map<String, String> trustConfig() {
    return Map.of(
        "ssl.truststore.location",
        trustStore.toString(),
        "ssl.truststore.password",
        password,
        "ssl.truststore.type",
        "PKCS12");
  }
}
