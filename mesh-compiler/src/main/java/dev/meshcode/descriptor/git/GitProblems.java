package dev.meshcode.descriptor.git;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import java.util.Optional;

/**
 * The diagnostics of reading the base revision. Repository-level problems point at {@code
 * mesh.yaml}: it is the file that exists in every mesh, so SARIF viewers can anchor them.
 */
final class GitProblems {

  static final String MESH_FILE = "mesh.yaml";
  private static final SourceLocation AT_MESH = SourceLocation.ofFile(MESH_FILE);
  private static final String FETCH_HINT =
      " (GitHub Actions: `actions/checkout` with `fetch-depth: 0`; GitLab CI: `GIT_DEPTH: 0`).";

  private GitProblems() {}

  static Diagnostic notARepository(String meshRoot) {
    return Diagnostic.error(
        "git-repository-missing",
        AT_MESH,
        "The mesh folder `"
            + meshRoot
            + "` is not inside a git working tree, so there is no base"
            + " revision to compare with.",
        "Run the review in a clone of the mesh repository, or leave out `mesh.base` to validate"
            + " without comparing.");
  }

  static Diagnostic noHead() {
    return Diagnostic.error(
        "git-head-missing",
        AT_MESH,
        "The git repository has no commit checked out (HEAD names no commit).",
        "Commit the mesh, or check out the branch under review, before comparing with a base.");
  }

  static Diagnostic baseRefMissing(String ref, boolean shallow) {
    String shallowWords = shallow ? " This clone is shallow and may lack the branch." : "";
    return Diagnostic.error(
        "base-ref-missing",
        AT_MESH,
        "The base `" + ref + "` names no commit in this repository." + shallowWords,
        "Fetch the base branch, for example `git fetch origin main`"
            + FETCH_HINT
            + " Check the name given in `mesh.base`.");
  }

  static Diagnostic baseRefAmbiguous(String ref) {
    return Diagnostic.error(
        "base-ref-missing",
        AT_MESH,
        "The base `" + ref + "` is ambiguous or not a valid revision.",
        "Name the base as a full branch (`origin/main`, `refs/heads/main`) or a full commit id.");
  }

  static Diagnostic shallowClone(String ref) {
    return Diagnostic.error(
        "base-shallow-clone",
        AT_MESH,
        "This clone is shallow, so the merge base of HEAD and `" + ref + "` is not in it.",
        "Fetch the history: `git fetch --unshallow origin`" + FETCH_HINT);
  }

  static Diagnostic noCommonAncestor(String ref) {
    return Diagnostic.error(
        "base-no-common-ancestor",
        AT_MESH,
        "HEAD and the base `" + ref + "` have no common ancestor, so no change can be computed.",
        "Compare with the branch this one was made from (`mesh.base`), or rebase the branch onto `"
            + ref
            + "`.");
  }

  static Diagnostic readFailed(String what, Exception e) {
    return Diagnostic.error(
        "git-read-failed",
        AT_MESH,
        "The git repository could not be read while " + what + " (" + describe(e) + ").",
        "Check that the `.git` folder is complete and readable; `git fsck` names what is broken.");
  }

  static Diagnostic baseMeshMissing(String label, String meshFile) {
    return Diagnostic.warning(
        "base-mesh-missing",
        AT_MESH,
        "The base revision `"
            + label
            + "` has no `"
            + meshFile
            + "`, so there is nothing to"
            + " compare with.",
        "Nothing to do when this change creates the mesh; otherwise check that `mesh.base` names"
            + " the branch the change will merge into.");
  }

  static Diagnostic copyFailed(String label) {
    return Diagnostic.error(
        "base-copy-failed",
        AT_MESH,
        "The files of the base revision `"
            + label
            + "` could not be written to the temporary"
            + " folder.",
        "Check that the temporary folder (`java.io.tmpdir`) exists, is writable and has space.");
  }

  static Diagnostic baseMeshUnusable(String label) {
    return Diagnostic.warning(
        "base-mesh-invalid",
        AT_MESH,
        "The `mesh.yaml` of the base revision `"
            + label
            + "` could not be loaded, so there is"
            + " nothing to compare with.",
        "Nothing to do when this change repairs mesh.yaml; the head is validated on its own.");
  }

  /** A problem the loader found in a base file, kept as a note: the head is what gets judged. */
  static Diagnostic baseInvalid(String label, Diagnostic found) {
    return new Diagnostic(
        Severity.INFO,
        "base-invalid",
        "At the base revision `" + label + "`: " + found.summary(),
        found.detail(),
        "The base is only compared with; products that did not load there count as new.",
        found.location());
  }

  static Diagnostic binarySchemaVersions(String file, int count) {
    return new Diagnostic(
        Severity.WARNING,
        "base-schema-binary",
        "`"
            + file
            + "` held binary data, not text, in "
            + count
            + " earlier version(s);"
            + " they are left out of its history.",
        "",
        "Compatibility is judged without those versions; check the file's history if a"
            + " transitive level matters.",
        Optional.of(SourceLocation.ofFile(file)));
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }
}
