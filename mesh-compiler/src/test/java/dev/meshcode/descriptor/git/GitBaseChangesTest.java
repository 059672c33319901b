package dev.meshcode.descriptor.git;

import static dev.meshcode.descriptor.git.MeshTexts.avro;
import static dev.meshcode.descriptor.git.MeshTexts.domain;
import static dev.meshcode.descriptor.git.MeshTexts.mesh;
import static dev.meshcode.descriptor.git.MeshTexts.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.ProductId;
import dev.meshcode.review.BaseRevision;
import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import java.nio.file.Path;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed since the merge base, and the base mesh loaded from just what the change needs. */
class GitBaseChangesTest {

  static final String TRADES = "domains/execution/trades/";

  @TempDir Path dir;

  /** main: a mesh with two domains and three products; returns the open repository. */
  static GitRepo tradingMesh(Path dir, String root) throws Exception {
    GitRepo repo = GitRepo.init(dir);
    repo.write(root + "mesh.yaml", mesh())
        .write(root + "domains/execution/domain.yaml", domain("execution"))
        .write(root + TRADES + "product.yaml", product("execution", "trades", "trades.avsc"))
        .write(root + TRADES + "trades.avsc", avro("Trade", "id"))
        .write(
            root + "domains/execution/orders/product.yaml",
            product("execution", "orders", "orders.avsc"))
        .write(root + "domains/execution/orders/orders.avsc", avro("Order", "id"))
        .write(root + "domains/edge/domain.yaml", domain("edge"))
        .write(root + "domains/edge/views/product.yaml", product("edge", "views", "views.avsc"))
        .write(root + "domains/edge/views/views.avsc", avro("View", "id"))
        .write(".gitignore", "target/\n");
    repo.commit("a mesh");
    return repo;
  }

  private BaseRevision found(BaseRead read) {
    assertThat(read).isInstanceOf(BaseRead.Found.class);
    return ((BaseRead.Found) read).base();
  }

  @Test
  void read_schemaChangedOnFeatureBranch_isModifiedAndBaseHasOnlyWhatTheChangeNeeds()
      throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("add price");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(ChangeKind.MODIFIED, TRADES + "trades.avsc", TRADES + "trades.avsc"));
      assertThat(base.label())
          .isEqualTo("main (" + repo.resolve("main").abbreviate(7).name() + ")");
      assertThat(base.mesh().settings().name()).isEqualTo("trading");
      assertThat(base.mesh().domains())
          .extracting(Domain::name)
          .containsExactly("edge", "execution");
      assertThat(base.mesh().products())
          .extracting(p -> p.id().toString())
          .containsExactly("execution.trades");
      DataProduct trades = base.mesh().product(new ProductId("execution", "trades")).orElseThrow();
      assertThat(trades.valueSchema().orElseThrow().source().text()).isEqualTo(avro("Trade", "id"));
      assertThat(trades.origin().file()).isEqualTo(TRADES + "product.yaml");
    }
  }

  @Test
  void read_commitsOnBaseAfterTheFork_areNotChangesOfTheBranch() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("add price");
      repo.checkout("main").write("domains/edge/views/views.avsc", avro("View", "id", "page"));
      repo.commit("main moves on");
      repo.checkout("feature");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .extracting(FileChange::path)
          .containsExactly(TRADES + "trades.avsc");
    }
  }

  @Test
  void read_uncommittedAndUntrackedFiles_countButIgnoredOnesDoNot() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature")
          .write(TRADES + "trades.avsc", avro("Trade", "id", "qty"))
          .write("domains/edge/clicks/product.yaml", product("edge", "clicks", "clicks.avsc"))
          .write("target/mesh/review.md", "generated");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(
                  ChangeKind.ADDED,
                  "domains/edge/clicks/product.yaml",
                  "domains/edge/clicks/product.yaml"),
              new FileChange(ChangeKind.MODIFIED, TRADES + "trades.avsc", TRADES + "trades.avsc"));
    }
  }

  @Test
  void read_deletedProduct_isDeletedAndStillInTheBaseMesh() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature")
          .delete("domains/edge/views/product.yaml")
          .delete("domains/edge/views/views.avsc");
      repo.commit("drop views");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(
                  ChangeKind.DELETED,
                  "domains/edge/views/product.yaml",
                  "domains/edge/views/product.yaml"),
              new FileChange(
                  ChangeKind.DELETED,
                  "domains/edge/views/views.avsc",
                  "domains/edge/views/views.avsc"));
      assertThat(base.mesh().products())
          .extracting(p -> p.id().toString())
          .containsExactly("edge.views");
      assertThat(base.history().earlierVersions("domains/edge/views/views.avsc"))
          .containsExactly(avro("View", "id"));
    }
  }

  @Test
  void read_meshInASubFolder_pathsAreRelativeToTheMeshRoot() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "mesh/")) {
      repo.branch("feature")
          .write("mesh/" + TRADES + "trades.avsc", avro("Trade", "id", "price"))
          .write("src/Main.java", "class Main {}");
      repo.commit("price, and code outside the mesh");

      BaseRevision base = found(new GitBaseReader().read(dir.resolve("mesh"), "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(ChangeKind.MODIFIED, TRADES + "trades.avsc", TRADES + "trades.avsc"));
      assertThat(base.mesh().products())
          .extracting(p -> p.origin().file())
          .containsExactly(TRADES + "product.yaml");
    }
  }

  @Test
  void read_baseAsCommitIdOrExpressionOrRemoteBranch_findsTheSameMergeBase() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      String sha = repo.resolve("main").name();
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("add price");
      RefUpdate update = repo.git().getRepository().updateRef("refs/remotes/origin/main");
      update.setNewObjectId(repo.resolve("main"));
      update.update();

      for (String ref : new String[] {sha, "HEAD~1", "origin/main", "refs/heads/main"}) {
        BaseRevision base = found(new GitBaseReader().read(dir, ref));

        assertThat(base.label()).as(ref).isEqualTo(ref + " (" + sha.substring(0, 7) + ")");
        assertThat(base.changes()).as(ref).hasSize(1);
      }
    }
  }
}
