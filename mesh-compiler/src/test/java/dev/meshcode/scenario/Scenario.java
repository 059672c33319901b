package dev.meshcode.scenario;

import dev.meshcode.descriptor.DescriptorLoader;
import dev.meshcode.descriptor.LoadResult;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.Environment;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.PlanOptions;
import dev.meshcode.plan.Planner;
import dev.meshcode.provider.InMemoryProvider;
import dev.meshcode.provider.InMemoryWorld;
import dev.meshcode.provider.Providers;
import dev.meshcode.resource.DesiredState;
import dev.meshcode.resource.Lowering;
import dev.meshcode.schema.SchemaChecker;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One folder under {@code scenarios/}: a mesh ({@code mesh/}), the live state ({@code live.json})
 * and switches ({@code scenario.properties}: {@code environment}, {@code prune}), planned the way
 * {@code mesh:plan} does, with in-memory providers.
 */
record Scenario(
    String name,
    Path dir,
    Mesh mesh,
    DesiredState desired,
    InMemoryWorld world,
    PlanOptions options,
    Diagnostics loadDiagnostics) {

  static final Path ROOT = Path.of("src/test/resources/scenarios");

  static List<String> names() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario load(String name) {
    Path dir = ROOT.resolve(name);
    LoadResult loaded = new DescriptorLoader().load(dir.resolve("mesh"));
    Mesh mesh = loaded.mesh().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
    Properties switches = properties(dir.resolve("scenario.properties"));
    EnvironmentOverrides overrides =
        mesh.environment(switches.getProperty("environment", ""))
            .map(Environment::overrides)
            .orElse(EnvironmentOverrides.none());
    DesiredState desired = new Lowering().lower(mesh, new SchemaChecker().analyse(mesh), overrides);
    InMemoryWorld world = InMemoryWorld.fromJson(read(dir.resolve("live.json")));
    PlanOptions options = new PlanOptions(Boolean.parseBoolean(switches.getProperty("prune")));
    return new Scenario(name, dir, mesh, desired, world, options, loaded.diagnostics());
  }

  /** Reads the live state through the providers, plans, and asks the registry for verdicts. */
  Plan plan() {
    Providers providers = new Providers(InMemoryProvider.all(world));
    LiveState live = providers.read(ReadScope.of(desired));
    return providers.judge(new Planner().plan(desired, live, options));
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "{}";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties properties(Path file) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(read(file).equals("{}") ? "" : read(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
