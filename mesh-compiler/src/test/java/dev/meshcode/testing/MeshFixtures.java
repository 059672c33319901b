package dev.meshcode.testing;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Access;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.Origin;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Quality;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.SlaTier;
import dev.meshcode.model.Stage;
import dev.meshcode.model.SubjectNaming;
import dev.meshcode.model.Topic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory meshes for tests of the pure stages: a valid product to start from, and {@code with…}
 * edits, so each test states only what it is about.
 */
public final class MeshFixtures {

  private MeshFixtures() {}

  public static SourceLocation at(String file, int line) {
    return new SourceLocation(file, line, 1);
  }

  public static MeshSettings settings() {
    return new MeshSettings(
        "test-mesh",
        "",
        "{domain}.{product}",
        SubjectNaming.TOPIC,
        new MeshSettings.TopicDefaults(1, 3, Map.of()),
        Compatibility.BACKWARD,
        List.of("domains", "policies", "environments"),
        Origin.of(at("mesh.yaml", 1)));
  }

  public static Domain domain(String name) {
    return new Domain(
        name,
        "The " + name + " domain",
        List.of("@" + name + "-team"),
        Origin.of(at("domains/" + name + "/domain.yaml", 1)));
  }

  /** A published, curated tier-2 source product with an Avro value schema and RF 3. */
  public static DataProduct product(String domain, String name) {
    String file = "domains/" + domain + "/" + name + "/product.yaml";
    return new DataProduct(
        new ProductId(domain, name),
        "@" + domain + "-team",
        "The " + name + " events",
        Quality.CURATED,
        SlaTier.TIER_2,
        List.of(),
        Lifecycle.of(Stage.PUBLISHED),
        new Topic(domain + "." + name, 6, 3, Map.of("min.insync.replicas", "2")),
        Optional.empty(),
        Optional.of(avroValue(domain, name, file)),
        Access.none(),
        List.of(),
        Optional.empty(),
        List.of(),
        Origin.of(at(file, 1)));
  }

  public static SchemaSpec avroValue(String domain, String name, String productFile) {
    String schemaFile = "domains/" + domain + "/" + name + "/" + name + ".avsc";
    String text =
        "{\"type\":\"record\",\"name\":\"Event\",\"namespace\":\"test\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    return new SchemaSpec(
        SchemaRole.VALUE,
        SchemaFormat.AVRO,
        new SchemaSource(schemaFile, text),
        domain + "." + name + "-value",
        Compatibility.BACKWARD,
        List.of(),
        at(productFile, 10));
  }

  public static Mesh mesh(List<DataProduct> products, List<PolicySpec> policies) {
    List<Domain> domains =
        products.stream().map(p -> p.id().domain()).distinct().map(MeshFixtures::domain).toList();
    return new Mesh(settings(), domains, products, policies, List.of());
  }
}
