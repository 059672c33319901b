package dev.meshcode.api;

import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.provider.InMemoryWorld;
import dev.meshcode.provider.Providers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scenario mesh copied into a temporary folder with Environment documents added, its live state
 * as an in-memory world, and a provider factory over that world that counts its calls.
 */
final class FacadeFixtures {

  static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

  static final String SANDBOX =
      """
      apiVersion: meshcode.dev/v1
      kind: Environment
      name: sandbox
      kafka:
        bootstrapServers: 127.0.0.1:9092
      schemaRegistry:
        url: http://127.0.0.1:8081
      """;

  static final String PREFIXED =
      """
      apiVersion: meshcode.dev/v1
      kind: Environment
      name: staging
      kafka:
        bootstrapServers: 127.0.0.1:9092
      schemaRegistry:
        url: http://127.0.0.1:8081
      overrides:
        topicPrefix: stg.
      """;

  final Path meshRoot;
  final InMemoryWorld world;
  final List<String> factoryCalls = new ArrayList<>();
  final List<MeshEvent> events = new ArrayList<>();

  private FacadeFixtures(Path meshRoot, InMemoryWorld world) {
    this.meshRoot = meshRoot;
    this.world = world;
  }

  /** Scenario {@code name}'s mesh under {@code tmp}, with the sandbox and staging environments. */
  static FacadeFixtures scenario(String name, Path tmp) {
    Path scenario = SCENARIOS.resolve(name);
    Path root = tmp.resolve("mesh");
    copy(scenario.resolve("mesh"), root);
    write(root.resolve("environments/sandbox.yaml"), SANDBOX);
    write(root.resolve("environments/staging.yaml"), PREFIXED);
    return new FacadeFixtures(root, InMemoryWorld.fromJson(read(scenario.resolve("live.json"))));
  }

  MeshCompiler compiler() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
    return new MeshCompiler(clock, events::add);
  }

  ProviderFactory factory() {
    return environment -> {
      factoryCalls.add(environment.name());
      return new Providers(InMemoryProvider.all(world));
    };
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
