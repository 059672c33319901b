package dev.meshcode.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderContract;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import dev.meshcode.resource.Resource;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The provider contract on the Java 17 fallback, Apicurio 2.6.13.Final. Opt-in, like the client's
 * 2.6 test: {@code -Dmeshcode.apicurio26.tarball=<path to the -all.tar.gz>}.
 */
class SchemaRegistryProviderApicurio26ContractTest extends ProviderContract {

  private static ApicurioRegistry registry;
  private static SchemaRegistryProvider provider;

  private final String namespace = "c" + UUID.randomUUID().toString().substring(0, 8) + ".";

  @BeforeAll
  static void start() {
    String tarball = System.getProperty("meshcode.apicurio26.tarball", "");
    assumeTrue(!tarball.isEmpty(), "set meshcode.apicurio26.tarball to run against 2.6.13");
    registry =
        ApicurioRegistry.start(
            Path.of(tarball), Path.of("target", "apicurio26-provider"), ApicurioOptions.defaults());
    provider = SchemaRegistryProvider.create(RegistrySettings.of(URI.create(registry.url())));
  }

  @AfterAll
  static void stop() {
    if (registry != null) {
      registry.close();
    }
  }

  @Override
  protected Provider provider() {
    return provider;
  }

  @Override
  protected String namespace() {
    return namespace;
  }

  @Override
  protected List<Resource> examples() {
    return SchemaRegistryProviderExamples.examples(namespace);
  }

  @Override
  protected Resource changed(Resource resource) {
    return SchemaRegistryProviderExamples.changed(resource);
  }

  @Override
  protected Resource rejected() {
    return SchemaRegistryProviderExamples.rejected(namespace);
  }
}
