package dev.meshcode.descriptor;

import dev.meshcode.model.Credentials;
import dev.meshcode.model.Endpoint;
import dev.meshcode.model.Environment;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Origin;
import dev.meshcode.model.SecretRef;
import java.util.Map;
import java.util.Optional;

/**
 * Binds an {@code Environment} document. The secret scanner has already refused inline secrets, so
 * every password here is a {@code ${env:NAME}} reference.
 */
final class EnvironmentBinder {

  private EnvironmentBinder() {}

  static Environment bind(Fields env, Origin origin) {
    Fields overrides = env.child("overrides");
    return new Environment(
        env.text("name"),
        env.textOr("description", ""),
        endpoint(env.child("kafka"), "bootstrapServers"),
        env.optChild("schemaRegistry").map(f -> endpoint(f, "url")),
        env.optChild("catalog").map(f -> endpoint(f, "topic")),
        env.optChild("sqlEngine").map(f -> endpoint(f, "url")),
        new EnvironmentOverrides(
            overrides.optInt("maxReplicationFactor"),
            overrides.optInt("maxMinInsyncReplicas"),
            overrides.optDouble("partitionScale"),
            overrides.optText("topicPrefix")),
        origin);
  }

  private static Endpoint endpoint(Fields endpoint, String addressKey) {
    Map<String, String> properties = endpoint.scalarMap("properties");
    return new Endpoint(
        endpoint.text(addressKey),
        endpoint.optChild("credentials").flatMap(EnvironmentBinder::credentials),
        properties,
        endpoint.at());
  }

  private static Optional<Credentials> credentials(Fields credentials) {
    if (credentials.has("server")) {
      return Optional.of(new Credentials.SettingsServer(credentials.text("server")));
    }
    return SecretScanner.envReference(credentials.text("password"))
        .map(name -> new Credentials.Basic(credentials.text("username"), new SecretRef(name)));
  }
}
