package dev.meshcode.sandbox;

import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderContract;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaRegistryProvider;
import dev.meshcode.resource.Resource;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider contract against a real Apicurio Registry 3.3.3 ({@code /apis/ccompat/v7}). Each
 * test gets its own subject namespace on the shared server.
 */
@ExtendWith(ApicurioTestServer.class)
class SchemaRegistryProviderContractTest extends ProviderContract {

  private final String namespace = "c" + UUID.randomUUID().toString().substring(0, 8) + ".";
  private SchemaRegistryProvider provider;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    provider = SchemaRegistryProvider.create(RegistrySettings.of(URI.create(registry.url())));
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
