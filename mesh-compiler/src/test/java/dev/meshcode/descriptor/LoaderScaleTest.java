package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.testing.DiagnosticLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a generated mesh of 10,000 products, each with its own Avro schema. Opt-in ({@code
 * -Dmeshcode.scale=true}) because it writes 20,000 files; it checks correctness at scale, and the
 * time it takes is visible in the test report (benchmarks measure, tests do not time).
 */
@EnabledIfSystemProperty(named = "meshcode.scale", matches = "true")
class LoaderScaleTest {

  static final int PRODUCTS = 10_000;

  @Test
  void load_tenThousandProducts_bindsThemAllWithoutDiagnostics(@TempDir Path root)
      throws IOException {
    generate(root, PRODUCTS);

    LoadResult result = new DescriptorLoader().load(root);

    assertThat(DiagnosticLines.of(result.diagnostics())).isEmpty();
    assertThat(result.mesh().orElseThrow().products()).hasSize(PRODUCTS);
  }

  static void generate(Path root, int products) throws IOException {
    Files.writeString(
        root.resolve("mesh.yaml"), "apiVersion: meshcode.dev/v1\nkind: Mesh\nname: big\n");
    int domains = Math.max(1, products / 100);
    for (int d = 0; d < domains; d++) {
      Path domain = Files.createDirectories(root.resolve("domains/d" + d));
      Files.writeString(
          domain.resolve("domain.yaml"),
          "apiVersion: meshcode.dev/v1\nkind: Domain\nname: d"
              + d
              + "\ndescription: generated\nowners: [\"@team-"
              + d
              + "\"]\n");
    }
    for (int i = 0; i < products; i++) {
      int d = i % domains;
      Path dir = Files.createDirectories(root.resolve("domains/d" + d + "/p" + i));
      Files.writeString(dir.resolve("product.yaml"), product(d, i));
      Files.writeString(
          dir.resolve("p.avsc"),
          "{\"type\":\"record\",\"name\":\"P"
              + i
              + "\",\"namespace\":\"gen\","
              + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}");
    }
  }

  private static String product(int d, int i) {
    return "apiVersion: meshcode.dev/v1\nkind: DataProduct\nname: p"
        + i
        + "\ndomain: d"
        + d
        + "\nowner: \"@team-"
        + d
        + "\"\ndescription: Generated product "
        + i
        + "\nquality: curated\nsla: tier-2\ntags: [generated, finance]\n"
        + "lifecycle: { stage: published }\n"
        + "topic:\n  partitions: 6\n  replicationFactor: 3\n  configs:\n"
        + "    retention.ms: 604800000\n    min.insync.replicas: 2\n"
        + "schemas:\n  value:\n    file: p.avsc\n"
        + "access:\n  producers:\n    - principal: User:writer-"
        + i
        + "\n"
        + "  consumers:\n    - principal: User:reader\n      group: readers-*\n";
  }
}
