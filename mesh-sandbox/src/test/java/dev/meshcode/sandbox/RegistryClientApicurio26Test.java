package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.meshcode.model.Compatibility;
import dev.meshcode.provider.schemaregistry.CompatibilityVerdict;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaDefinition;
import dev.meshcode.provider.schemaregistry.SchemaRegistryClient;
import dev.meshcode.provider.schemaregistry.SchemaType;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java 17 fallback, Apicurio 2.6.13.Final, started from its tarball on the JDK running the
 * tests. Opt-in (a second 140 MB download): {@code -Dmeshcode.apicurio26.tarball=<path to
 * apicurio-registry-app-2.6.13.Final-all.tar.gz>}.
 */
class RegistryClientApicurio26Test {

  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"f\",\"type\":\"string\"}]}";
  private static final String V1_REFORMATTED =
      "{ \"name\" : \"A\", \"type\" : \"record\",\n \"fields\" : [ {\"type\":\"string\","
          + "\"name\":\"f\"} ] }";
  private static final String BREAKING =
      "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}]}";

  private static ApicurioRegistry registry;
  private static SchemaRegistryClient client;

  @BeforeAll
  static void start() {
    String tarball = System.getProperty("meshcode.apicurio26.tarball", "");
    assumeTrue(!tarball.isEmpty(), "set meshcode.apicurio26.tarball to run against 2.6.13");
    registry =
        ApicurioRegistry.start(
            Path.of(tarball), Path.of("target", "apicurio26-test"), ApicurioOptions.defaults());
    client = SchemaRegistryClient.create(RegistrySettings.of(URI.create(registry.url())));
  }

  @AfterAll
  static void stop() {
    if (registry != null) {
      registry.close();
    }
  }

  private static SchemaDefinition avro(String s) {
    return SchemaDefinition.of(SchemaType.AVRO, s);
  }

  @Test
  void started_isTwoSixWithoutModeApi() {
    assertThat(registry.state().version()).isEqualTo("2.6.13.Final");
    assertThat(client.mode()).isEmpty();
  }

  @Test
  void checkCompatibility_newSubject404_isCompatible() {
    assertThat(client.checkCompatibility("new-26", avro(V1)))
        .isEqualTo(new CompatibilityVerdict(true, List.of(), false));
  }

  @Test
  void register_reformatted_isNotANewVersionThanksToNormalize() {
    int id = client.register("idem-26", avro(V1));

    assertThat(client.register("idem-26", avro(V1_REFORMATTED))).isEqualTo(id);
    assertThat(client.versions("idem-26")).contains(List.of(1));
  }

  @Test
  void checkCompatibility_breaking_reasonBecomesTheMessage() {
    client.setSubjectCompatibility("compat-26", Compatibility.BACKWARD);
    client.register("compat-26", avro(V1));

    CompatibilityVerdict v = client.checkCompatibility("compat-26", avro(BREAKING));

    assertThat(v.compatible()).isFalse();
    assertThat(v.messages())
        .singleElement()
        .asString()
        .contains("reader type: INT not compatible with writer type: STRING");
  }
}
