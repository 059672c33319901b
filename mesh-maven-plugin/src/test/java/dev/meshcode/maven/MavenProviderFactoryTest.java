package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Endpoint;
import dev.meshcode.model.Environment;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Origin;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.provider.Providers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MavenProviderFactoryTest {

  private static final SourceLocation AT = new SourceLocation("environments/x.yaml", 1, 1);
  private final MavenSecretResolver secrets =
      new MavenSecretResolver(null, Map.of("KAFKA_PASSWORD", "pw")::get);

  private static Environment environment(boolean registry) {
    Endpoint kafka =
        new Endpoint(
            "127.0.0.1:9092",
            Optional.empty(),
            Map.of("sasl.jaas.config", "password=\"${env:KAFKA_PASSWORD}\""),
            AT);
    Optional<Endpoint> sr =
        registry
            ? Optional.of(new Endpoint("http://127.0.0.1:8081", Optional.empty(), Map.of(), AT))
            : Optional.empty();
    return new Environment(
        "x",
        "",
        kafka,
        sr,
        Optional.empty(),
        Optional.empty(),
        EnvironmentOverrides.none(),
        Origin.of(AT));
  }

  @Test
  void discover_servicesOnTheClassPath_findsTheCompilersProviders() {
    // WHEN
    MavenProviderFactory factory =
        MavenProviderFactory.discover(getClass().getClassLoader(), secrets);

    // THEN
    assertThat(factory.systems()).containsExactly("schema-registry");
  }

  private MavenProviderFactory testPlugins() {
    return new MavenProviderFactory(
        List.of(new TestProviderPlugins.Kafka(), new TestProviderPlugins.Registry()), secrets);
  }

  @Test
  void create_environmentWithRegistry_createsBothWithResolvedSecrets() {
    // WHEN
    Providers providers = testPlugins().create(environment(true));

    // THEN
    assertThat(providers.all())
        .containsExactly(
            new TestProviderPlugins.Created("kafka", "password=\"pw\""),
            new TestProviderPlugins.Created("schema-registry", "http://127.0.0.1:8081"));
  }

  @Test
  void create_environmentWithoutRegistry_leavesTheRegistryOut() {
    // WHEN
    Providers providers = testPlugins().create(environment(false));

    // THEN
    assertThat(providers.all()).extracting(p -> p.system()).containsExactly("kafka");
  }

  @Test
  void create_twoPluginsForOneSystem_failsNamingBoth() {
    // GIVEN
    MavenProviderFactory factory =
        new MavenProviderFactory(
            List.of(new TestProviderPlugins.Kafka(), new TestProviderPlugins.Kafka()), secrets);

    // WHEN / THEN
    assertThatThrownBy(() -> factory.create(environment(false)))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("kafka discovery: two providers registered");
  }

  /**
   * The two test plugins alone: the class path also holds the real adapters' registrations (from
   * mesh-compiler), and two plugins for one system are refused.
   */
  private MavenProviderFactory testPlugins() {
    return new MavenProviderFactory(
        List.of(new TestProviderPlugins.Kafka(), new TestProviderPlugins.Registry()), secrets);
  }
}
