package dev.meshcode.sandbox;

import java.nio.file.Path;
import java.util.Map;

/**
 * TLS material of a test cluster: the brokers' key store (a self-signed certificate for 127.0.0.1)
 * and a trust store that holds that certificate, both PKCS12 with one password.
 */
public record KafkaTls(Path keyStore, Path trustStore, String password) {

  Map<String, String> brokerConfig() {
    return Map.of(
        "ssl.keystore.location",
        keyStore.toString(),
        "ssl.keystore.password",
        password,
        "ssl.keystore.type",
        "PKCS12",
        "ssl.truststore.location",
        trustStore.toString(),
        "ssl.truststore.password",
        password,
        "ssl.truststore.type",
        "PKCS12");
  }

  Map<String, Object> clientConfig() {
    return Map.of(
        "ssl.truststore.location",
        trustStore.toString(),
        "ssl.truststore.password",
        password,
        "ssl.truststore.type",
        "PKCS12");
  }
}
