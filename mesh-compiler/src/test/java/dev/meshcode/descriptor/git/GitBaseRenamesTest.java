package dev.meshcode.descriptor.git;

import static dev.meshcode.descriptor.git.GitBaseChangesTest.TRADES;
import static dev.meshcode.descriptor.git.GitBaseChangesTest.tradingMesh;
import static dev.meshcode.descriptor.git.MeshTexts.avro;
import static dev.meshcode.descriptor.git.MeshTexts.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.review.BaseRevision;
import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moved and renamed files: one RENAMED change, and schema history that follows the move. */
class GitBaseRenamesTest {

  @TempDir Path dir;

  private static BaseRevision found(BaseRead read) {
    assertThat(read).isInstanceOf(BaseRead.Found.class);
    return ((BaseRead.Found) read).base();
  }

  @Test
  void read_schemaMovedToAnotherFolder_isOneRenamedChange() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature")
          .move(TRADES + "trades.avsc", "shared/schemas/trades.avsc")
          .write(
              TRADES + "product.yaml",
              product("execution", "trades", "../../../shared/schemas/trades.avsc"));
      repo.commit("share the trades schema");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(ChangeKind.MODIFIED, TRADES + "product.yaml", TRADES + "product.yaml"),
              new FileChange(
                  ChangeKind.RENAMED, "shared/schemas/trades.avsc", TRADES + "trades.avsc"));
      assertThat(base.history().earlierVersions("shared/schemas/trades.avsc"))
          .containsExactly(avro("Trade", "id"));
      assertThat(base.history().earlierVersions(TRADES + "trades.avsc"))
          .containsExactly(avro("Trade", "id"));
      assertThat(base.mesh().products())
          .extracting(p -> p.id().toString())
          .containsExactly("execution.trades");
    }
  }

  @Test
  void read_descriptorRenamed_isRenamedAndTheBaseProductComesFromTheOldPath() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature")
          .move("domains/edge/views/product.yaml", "domains/edge/views/views.yaml");
      repo.commit("rename the descriptor");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.changes())
          .containsExactly(
              new FileChange(
                  ChangeKind.RENAMED,
                  "domains/edge/views/views.yaml",
                  "domains/edge/views/product.yaml"));
      assertThat(base.mesh().products())
          .extracting(p -> p.origin().file())
          .containsExactly("domains/edge/views/product.yaml");
    }
  }

  @Test
  void history_fileRenamedOnTheBaseBranch_followsTheRenameOldestFirst() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("v2");
      repo.move(TRADES + "trades.avsc", TRADES + "trade-v1.avsc")
          .write(TRADES + "product.yaml", product("execution", "trades", "trade-v1.avsc"));
      repo.commit("rename, same text");
      repo.write(TRADES + "trade-v1.avsc", avro("Trade", "id", "price", "qty"));
      repo.commit("v3");
      repo.branch("feature")
          .write(TRADES + "trade-v1.avsc", avro("Trade", "id", "price", "qty", "side"));
      repo.commit("v4");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.history().earlierVersions(TRADES + "trade-v1.avsc"))
          .containsExactly(
              avro("Trade", "id"),
              avro("Trade", "id", "price"),
              avro("Trade", "id", "price", "qty"));
    }
  }

  @Test
  void history_textRevertedOnTheBaseBranch_listsItOnceWithTheMergeBaseTextLast() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("v2");
      repo.write(TRADES + "trades.avsc", avro("Trade", "id"));
      repo.commit("back to v1");
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "side"));
      repo.commit("v3");

      BaseRevision base = found(new GitBaseReader().read(dir, "main"));

      assertThat(base.history().earlierVersions(TRADES + "trades.avsc"))
          .containsExactly(avro("Trade", "id", "price"), avro("Trade", "id"));
      assertThat(base.history().earlierVersions("domains/edge/views/views.avsc")).isEmpty();
    }
  }
}
