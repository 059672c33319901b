package dev.meshcode.api;

import java.util.Map;
import java.util.Optional;

/** A resolver over a map of environment variables and one settings server, {@code kafka-dev}. */
record MapSecrets(Map<String, String> variables) implements SecretResolver {

  @Override
  public Optional<String> environmentVariable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  @Override
  public Optional<Login> server(String id) {
    return id.equals("kafka-dev")
        ? Optional.of(new Login("dev-user", "dev-secret"))
        : Optional.empty();
  }
}
