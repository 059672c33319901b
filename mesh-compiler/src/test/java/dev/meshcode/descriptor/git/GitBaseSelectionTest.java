package dev.meshcode.descriptor.git;

import static dev.meshcode.descriptor.git.GitBaseChangesTest.TRADES;
import static dev.meshcode.descriptor.git.GitBaseChangesTest.tradingMesh;
import static dev.meshcode.descriptor.git.MeshTexts.avro;
import static dev.meshcode.descriptor.git.MeshTexts.domain;
import static dev.meshcode.descriptor.git.MeshTexts.mesh;
import static dev.meshcode.descriptor.git.MeshTexts.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Domain;
import dev.meshcode.review.BaseRevision;
import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which changes count (index and working tree), and which base files the base mesh is made of. */
class GitBaseSelectionTest {

  @TempDir Path dir;

  private static BaseRevision found(BaseRead read) {
    assertThat(read).isInstanceOf(BaseRead.Found.class);
    return ((BaseRead.Found) read).base();
  }

  @Test
  void read_stagedEditAndAnEditUndoneInTheWorkingTree_onlyWhatDiffersFromBaseCounts()
      throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("price");
      repo.write(TRADES + "trades.avsc", avro("Trade", "id"))
          .write("domains/edge/views/views.avsc", avro("View", "id", "page"));
      repo.git().add().addFilepattern("domains/edge/views/views.avsc").call();

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(
                  ChangeKind.MODIFIED,
                  "domains/edge/views/views.avsc",
                  "domains/edge/views/views.avsc"));
    }
  }

  @Test
  void read_meshWithOwnIncludeFolders_loadsTheDomainsFromThem() throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("mesh.yaml", mesh() + "include: [teams, governance]\n")
          .write("teams/execution/domain.yaml", domain("execution"))
          .write("teams/execution/trades/product.yaml", product("execution", "trades", "t.avsc"))
          .write("teams/execution/trades/t.avsc", avro("Trade", "id"))
          .write("domains/edge/domain.yaml", domain("edge"));
      repo.commit("own layout");
      repo.branch("feature").write("teams/execution/trades/t.avsc", avro("Trade", "id", "qty"));
      repo.commit("qty");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.mesh().domains()).extracting(Domain::name).containsExactly("execution");
      assertThat(base.mesh().products())
          .extracting(p -> p.id().toString())
          .containsExactly("execution.trades");
    }
  }

  @Test
  void read_sharedSchemaChangedWithTheCallersDescriptors_loadsTheProductsThatUseIt()
      throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.write("shared/money.avsc", avro("Money", "amount"))
          .write(
              TRADES + "product.yaml",
              product("execution", "trades", "../../../shared/money.avsc"));
      repo.commit("trades in money");
      repo.branch("feature").write("shared/money.avsc", avro("Money", "amount", "currency"));
      repo.commit("currency");
      GitBaseReader reader = new GitBaseReader();

      BaseRevision plain = found(reader.read(dir, "main"));
      BaseRevision told = found(reader.read(dir, "main", List.of(TRADES + "product.yaml")));

      assertThat(plain.mesh().products()).isEmpty();
      assertThat(plain.history().earlierVersions("shared/money.avsc"))
          .containsExactly(avro("Money", "amount"));
      assertThat(told.mesh().products())
          .extracting(p -> p.id().toString())
          .containsExactly("execution.trades");
    }
  }
}
