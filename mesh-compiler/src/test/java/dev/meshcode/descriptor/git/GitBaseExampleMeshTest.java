package dev.meshcode.descriptor.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Domain;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.ProductId;
import dev.meshcode.review.BaseRevision;
import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done" scenario on the real example mesh, kept in a sub-folder of its repository: a
 * branch removes a field from a BACKWARD Avro schema and deletes a published product.
 */
class GitBaseExampleMeshTest {

  private static final Path EXAMPLE = Path.of("..", "example-mesh-repo");
  private static final String TRADES = "domains/execution/stocktrades/stocktrades.avsc";
  private static final String VIEWS = "domains/edge/pageviews/";

  @TempDir Path dir;

  @Test
  void read_fieldRemovedAndPublishedProductDeleted_baseHoldsBothProductsAndTheOldSchema()
      throws Exception {
    Path mesh = dir.resolve("example-mesh-repo");
    copy(EXAMPLE, mesh);
    String schema = Files.readString(mesh.resolve(TRADES));
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.commit("the example mesh");
      String without = schema.replaceAll("(?m)^\\s*\\{\"name\": \"account\".*\\n", "");
      assertThat(without).isNotEqualTo(schema);
      repo.branch("feature")
          .write("example-mesh-repo/" + TRADES, without)
          .delete("example-mesh-repo/" + VIEWS + "product.yaml")
          .delete("example-mesh-repo/" + VIEWS + "pageviews.avsc");
      repo.commit("drop account and pageviews");
    }

    BaseRead read = new GitBaseReader().read(mesh, "main");

    assertThat(read).isInstanceOf(BaseRead.Found.class);
    BaseRead.Found found = (BaseRead.Found) read;
    BaseRevision base = found.base();
    assertThat(found.notes().all()).isEmpty();
    assertThat(base.changes())
        .containsExactly(
            new FileChange(ChangeKind.DELETED, VIEWS + "pageviews.avsc", VIEWS + "pageviews.avsc"),
            new FileChange(ChangeKind.DELETED, VIEWS + "product.yaml", VIEWS + "product.yaml"),
            new FileChange(ChangeKind.MODIFIED, TRADES, TRADES));
    assertThat(base.mesh().products())
        .extracting(p -> p.id().toString())
        .containsExactly("edge.pageviews", "execution.stocktrades");
    assertThat(base.mesh().domains())
        .extracting(Domain::name)
        .containsExactly("analytics", "edge", "execution", "marketing");
    assertThat(base.mesh().policies()).extracting(PolicySpec::name).contains("lifecycle", "naming");
    assertThat(base.mesh().environments()).hasSize(2);
    assertThat(
            base.mesh()
                .product(new ProductId("execution", "stocktrades"))
                .orElseThrow()
                .valueSchema()
                .orElseThrow()
                .source()
                .text())
        .isEqualTo(schema);
    assertThat(base.history().earlierVersions(TRADES)).isEqualTo(List.of(schema));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = from.relativize(file);
        if (!relative.startsWith("target")) {
          Path target = to.resolve(relative.toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }
}
