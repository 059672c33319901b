package dev.meshcode.descriptor.git;

import static dev.meshcode.descriptor.git.GitBaseChangesTest.TRADES;
import static dev.meshcode.descriptor.git.GitBaseChangesTest.tradingMesh;
import static dev.meshcode.descriptor.git.MeshTexts.avro;
import static dev.meshcode.descriptor.git.MeshTexts.domain;
import static dev.meshcode.descriptor.git.MeshTexts.mesh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository or ref the review cannot use: one exact diagnostic each, never an exception. */
class GitBaseProblemsTest {

  private static final SourceLocation AT_MESH = SourceLocation.ofFile("mesh.yaml");
  private static final String FETCH =
      " (GitHub Actions: `actions/checkout` with `fetch-depth: 0`; GitLab CI: `GIT_DEPTH: 0`).";

  @TempDir Path dir;

  static Diagnostic only(BaseRead read) {
    assertThat(read).isInstanceOf(BaseRead.Failed.class);
    List<Diagnostic> all = ((BaseRead.Failed) read).problems().all();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Diagnostic error(String code, String summary, String hint) {
    return Diagnostic.error(code, AT_MESH, summary, hint);
  }

  @Test
  void read_folderOutsideAnyRepository_isGitRepositoryMissing() throws Exception {
    Files.writeString(dir.resolve("mesh.yaml"), mesh());

    Diagnostic problem = only(new GitBaseReader().read(dir, "main"));

    assertThat(problem)
        .isEqualTo(
            error(
                "git-repository-missing",
                "The mesh folder `"
                    + dir
                    + "` is not inside a git working tree, so there is no"
                    + " base revision to compare with.",
                "Run the review in a clone of the mesh repository, or leave out `mesh.base` to"
                    + " validate without comparing."));
  }

  @Test
  void read_missingMeshFolder_isGitRepositoryMissing() {
    Path missing = dir.resolve("no-such-mesh");

    Diagnostic problem = only(new GitBaseReader().read(missing, "main"));

    assertThat(problem.code()).isEqualTo("git-repository-missing");
    assertThat(problem.summary()).contains("`" + missing + "`");
  }

  @Test
  void read_objectMissingFromTheRepository_isGitReadFailedNotAnException() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      ObjectId tree = repo.git().getRepository().parseCommit(repo.resolve("main")).getTree();
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("price");
      String name = tree.name();
      Files.delete(dir.resolve(".git/objects/" + name.substring(0, 2) + "/" + name.substring(2)));

      Diagnostic problem = only(new GitBaseReader().read(dir, "main"));

      assertThat(problem.code()).isEqualTo("git-read-failed");
      assertThat(problem.location()).contains(AT_MESH);
      assertThat(problem.summary())
          .startsWith(
              "The git repository could not be read while reading the base `main`"
                  + " (MissingObjectException: ")
          .contains(name);
      assertThat(problem.hint())
          .isEqualTo(
              "Check that the `.git` folder is complete and readable; `git fsck` names what is"
                  + " broken.");
    }
  }

  @Test
  void read_repositoryWithoutCommits_isGitHeadMissing() throws Exception {
    GitRepo.init(dir).close();

    Diagnostic problem = only(new GitBaseReader().read(dir, "main"));

    assertThat(problem)
        .isEqualTo(
            error(
                "git-head-missing",
                "The git repository has no commit checked out (HEAD names no commit).",
                "Commit the mesh, or check out the branch under review, before comparing with a"
                    + " base."));
  }

  @Test
  void read_unknownBaseRef_isBaseRefMissingWithTheFetchCommand() throws Exception {
    tradingMesh(dir, "").close();

    Diagnostic problem = only(new GitBaseReader().read(dir, "origin/main"));

    assertThat(problem)
        .isEqualTo(
            error(
                "base-ref-missing",
                "The base `origin/main` names no commit in this repository.",
                "Fetch the base branch, for example `git fetch origin main`"
                    + FETCH
                    + " Check the name given in `mesh.base`."));
  }

  @Test
  void read_malformedBaseRef_isBaseRefMissing() throws Exception {
    tradingMesh(dir, "").close();

    Diagnostic problem = only(new GitBaseReader().read(dir, "main^{nonsense}"));

    assertThat(problem)
        .isEqualTo(
            error(
                "base-ref-missing",
                "The base `main^{nonsense}` is ambiguous or not a valid revision.",
                "Name the base as a full branch (`origin/main`, `refs/heads/main`) or a full"
                    + " commit id."));
  }

  @Test
  void read_branchWithoutCommonAncestor_isBaseNoCommonAncestor() throws Exception {
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.orphan("rewrite").write("domains/edge/domain.yaml", domain("edge"));
      repo.commit("unrelated history");

      Diagnostic problem = only(new GitBaseReader().read(dir, "main"));

      assertThat(problem)
          .isEqualTo(
              error(
                  "base-no-common-ancestor",
                  "HEAD and the base `main` have no common ancestor, so no change can be"
                      + " computed.",
                  "Compare with the branch this one was made from (`mesh.base`), or rebase the"
                      + " branch onto `main`."));
    }
  }

  @Test
  void read_shallowCloneWithoutTheMergeBase_explainsHowToFetchIt() throws Exception {
    Path origin = dir.resolve("origin");
    try (GitRepo repo = tradingMesh(origin, "")) {
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("price");
      repo.checkout("main").write(TRADES + "trades.avsc", avro("Trade", "id", "qty"));
      repo.commit("main moves on");
    }
    Path clone = dir.resolve("clone");
    Git.cloneRepository()
        .setURI(origin.toUri().toString())
        .setDirectory(clone.toFile())
        .setBranch("feature")
        .setCloneAllBranches(true)
        .setDepth(1)
        .call()
        .close();

    Diagnostic problem = only(new GitBaseReader().read(clone, "origin/main"));

    assertThat(problem)
        .isEqualTo(
            error(
                "base-shallow-clone",
                "This clone is shallow, so the merge base of HEAD and `origin/main` is not in it.",
                "Fetch the history: `git fetch --unshallow origin`" + FETCH));
  }

  @Test
  void read_shallowCloneOfOneBranch_saysTheBaseMayBeMissingBecauseOfIt() throws Exception {
    Path origin = dir.resolve("origin");
    try (GitRepo repo = tradingMesh(origin, "")) {
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("price");
    }
    Path clone = dir.resolve("clone");
    Git.cloneRepository()
        .setURI(origin.toUri().toString())
        .setDirectory(clone.toFile())
        .setBranch("feature")
        .setBranchesToClone(List.of("refs/heads/feature"))
        .setDepth(1)
        .call()
        .close();

    Diagnostic problem = only(new GitBaseReader().read(clone, "origin/main"));

    assertThat(problem.code()).isEqualTo("base-ref-missing");
    assertThat(problem.summary())
        .isEqualTo(
            "The base `origin/main` names no commit in this repository. This clone is shallow and"
                + " may lack the branch.");
  }

  @Test
  void read_baseWithoutMesh_isAWarningThatThereIsNothingToCompare() throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("README.md", "soon a mesh");
      String base = repo.commit("readme").abbreviate(7).name();
      repo.branch("feature").write("mesh.yaml", mesh());
      repo.commit("a mesh");

      Diagnostic problem = only(new GitBaseReader().read(dir, "main"));

      assertThat(problem)
          .isEqualTo(
              Diagnostic.warning(
                  "base-mesh-missing",
                  AT_MESH,
                  "The base revision `main ("
                      + base
                      + ")` has no `mesh.yaml`, so there is"
                      + " nothing to compare with.",
                  "Nothing to do when this change creates the mesh; otherwise check that"
                      + " `mesh.base` names the branch the change will merge into."));
    }
  }

  @Test
  void read_baseMeshYamlUnusable_isAWarningWithTheLoadersWords() throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write("mesh.yaml", "apiVersion: meshcode.dev/v1\nkind: Mesh\n");
      String base = repo.commit("broken").abbreviate(7).name();
      repo.branch("feature").write("mesh.yaml", mesh());
      repo.commit("fixed");

      Diagnostic problem = only(new GitBaseReader().read(dir, "main"));

      assertThat(problem.severity()).isEqualTo(Severity.WARNING);
      assertThat(problem.code()).isEqualTo("base-mesh-invalid");
      assertThat(problem.summary())
          .isEqualTo(
              "The `mesh.yaml` of the base revision `main ("
                  + base
                  + ")` could not be loaded, so there is nothing to compare with.");
      assertThat(problem.detail()).contains("name");
    }
  }
}
