package dev.meshcode.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The addresses of a running sandbox, as {@code mesh:sandbox-start} records them in {@code
 * target/mesh-sandbox/sandbox.properties} for scripts and tests.
 *
 * @param kafkaBootstrap the brokers, for example {@code 127.0.0.1:40123}
 * @param brokers how many brokers run
 * @param registryUrl the Confluent-compatible API of the registry
 * @param registryVersion the Apicurio Registry version that serves it
 */
record SandboxEndpoints(
    String kafkaBootstrap, int brokers, String registryUrl, String registryVersion) {

  static final String KAFKA_BOOTSTRAP = "kafka.bootstrap";
  static final String KAFKA_BROKERS = "kafka.brokers";
  static final String REGISTRY_URL = "registry.url";
  static final String REGISTRY_VERSION = "registry.version";

  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty(KAFKA_BOOTSTRAP, kafkaBootstrap);
    p.setProperty(KAFKA_BROKERS, Integer.toString(brokers));
    p.setProperty(REGISTRY_URL, registryUrl);
    p.setProperty(REGISTRY_VERSION, registryVersion);
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "Endpoints of the sandbox started by mvn mesh:sandbox-start");
    }
  }

  /** The endpoints recorded in {@code file}; empty when it is missing or incomplete. */
  static Optional<SandboxEndpoints> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return Optional.of(
              new SandboxEndpoints(
                  p.getProperty(KAFKA_BOOTSTRAP),
                  Integer.parseInt(p.getProperty(KAFKA_BROKERS)),
                  p.getProperty(REGISTRY_URL),
                  p.getProperty(REGISTRY_VERSION)))
          .filter(e -> e.kafkaBootstrap() != null && e.registryUrl() != null);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
