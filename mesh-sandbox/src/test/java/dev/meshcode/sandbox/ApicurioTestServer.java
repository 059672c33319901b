package dev.meshcode.sandbox;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real Apicurio Registry 3.x for the whole test run: started on first use, stopped when JUnit
 * closes its root store (the registry is {@link AutoCloseable}). The distribution was unpacked by
 * maven-dependency-plugin; its path arrives as the {@code meshcode.apicurio.dist} property.
 */
public final class ApicurioTestServer implements ParameterResolver {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(ApicurioTestServer.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ApicurioRegistry.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent("registry", k -> start(), ApicurioRegistry.class);
  }

  static Path distribution() {
    String dist = System.getProperty("meshcode.apicurio.dist");
    if (dist == null) {
      throw new IllegalStateException("run through Maven: meshcode.apicurio.dist is not set");
    }
    return Path.of(dist);
  }

  private static ApicurioRegistry start() {
    ApicurioDistribution dist = ApicurioDistribution.of(distribution());
    Path work = Path.of("target", "apicurio-test");
    ApicurioRegistry registry =
        ApicurioRegistry.start(
            dist, ApicurioRegistry.javaFor(dist.release()), work, ApicurioOptions.defaults());
    // JUnit closes it at the end of the run; the hook covers a run that is interrupted.
    Runtime.getRuntime().addShutdownHook(new Thread(registry::close));
    return registry;
  }
}
