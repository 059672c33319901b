package dev.meshcode.maven;

import java.nio.file.Path;

/**
 * Where the sandbox keeps its state, under {@code target/mesh-sandbox/}: the Kafka data ({@code
 * kafka/}), the registry's distribution, log and state ({@code registry/}), and the endpoints of
 * the last start ({@code sandbox.properties}).
 */
record SandboxLayout(Path root) {

  static final String ENDPOINTS_FILE = "sandbox.properties";

  SandboxLayout {
    root = root.toAbsolutePath().normalize();
  }

  Path kafka() {
    return root.resolve("kafka");
  }

  Path registry() {
    return root.resolve("registry");
  }

  Path endpoints() {
    return root.resolve(ENDPOINTS_FILE);
  }
}
