package dev.meshcode.descriptor.git;

import dev.meshcode.descriptor.DescriptorLoader;
import dev.meshcode.descriptor.LoadResult;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.review.BaseRevision;
import dev.meshcode.review.FileChange;
import dev.meshcode.review.SchemaHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.FS;

/**
 * Reads the base revision of a mesh from git: the merge base of HEAD and {@code baseRef}, what
 * changed since (working tree included), the base mesh and the history of the changed schemas.
 * Never throws: a repository or ref it cannot use becomes a {@link BaseRead.Failed} with hints.
 */
public final class GitBaseReader {

  static {
    // On a file system JGit has not seen (every fresh CI runner), it first measures the timestamp
    // resolution, which took ~5 s here; in the background it waits 50 ms, then trusts timestamps
    // less (files changed within the fallback window are hashed) while measuring for next time.
    FS.FileStoreAttributes.setBackground(true);
  }

  /**
   * @param meshRoot the folder holding mesh.yaml; it may be a sub-folder of the repository
   * @param baseRef what to compare with: a branch ({@code origin/main}, {@code main}), a tag, a
   *     commit id or an expression such as {@code HEAD~1}
   */
  public BaseRead read(Path meshRoot, String baseRef) {
    return read(meshRoot, baseRef, List.of());
  }

  /**
   * As {@link #read(Path, String)}, also loading {@code alsoLoad} from the base: descriptor files
   * (mesh-relative) the caller knows matter, for example the head files of products whose schema
   * changed outside their own folder. Files the base does not have are ignored.
   */
  public BaseRead read(Path meshRoot, String baseRef, Collection<String> alsoLoad) {
    Optional<MeshRepository> opened;
    try {
      opened = MeshRepository.open(meshRoot);
    } catch (IOException | RuntimeException e) {
      return failed(GitProblems.readFailed("opening the repository", e));
    }
    if (opened.isEmpty()) {
      return failed(GitProblems.notARepository(meshRoot.toString()));
    }
    try (MeshRepository mesh = opened.get()) {
      return read(mesh, baseRef, alsoLoad);
    } catch (IOException
        | UncheckedIOException
        | RevWalkException
        | LargeObjectException
        | NoWorkTreeException
        | JGitInternalException e) {
      return failed(GitProblems.readFailed("reading the base `" + baseRef + "`", e));
    }
  }

  private static BaseRead read(MeshRepository mesh, String baseRef, Collection<String> alsoLoad)
      throws IOException {
    MergeBase.Found found = MergeBase.find(mesh, baseRef);
    if (found instanceof MergeBase.Found.Problem problem) {
      return failed(problem.problem());
    }
    RevCommit base = ((MergeBase.Found.Commit) found).commit();
    String label = baseRef + " (" + base.abbreviate(7).name() + ")";
    List<FileChange> changes = WorkingTreeChanges.between(mesh, base);
    try (ObjectReader reader = mesh.repository().newObjectReader()) {
      BaseTree tree = new BaseTree(mesh, reader, base);
      Optional<BaseSelection.Picked> picked = new BaseSelection(tree).pick(changes, alsoLoad);
      if (picked.isEmpty()) {
        return failed(GitProblems.baseMeshMissing(label, mesh.repoPath(GitProblems.MESH_FILE)));
      }
      Optional<LoadResult> loaded = load(picked.get());
      if (loaded.isEmpty()) {
        return failed(GitProblems.copyFailed(label));
      }
      if (loaded.get().mesh().isEmpty()) {
        return failed(GitProblems.baseMeshUnusable(label).withDetail(summaries(loaded.get())));
      }
      List<Diagnostic> notes = new ArrayList<>();
      loaded.get().diagnostics().all().stream()
          .filter(Diagnostic::isError)
          .forEach(d -> notes.add(GitProblems.baseInvalid(label, d)));
      SchemaHistory history =
          new SchemaHistories(mesh, new SchemaVersions(mesh.repository(), reader))
              .read(base, changes, picked.get(), notes);
      BaseRevision revision = new BaseRevision(label, changes, loaded.get().mesh().get(), history);
      return new BaseRead.Found(revision, Diagnostics.of(notes));
    }
  }

  /** Loads the picked files from a temporary copy; empty when the copy cannot be written. */
  private static Optional<LoadResult> load(BaseSelection.Picked picked) {
    try (BaseCopy copy = BaseCopy.write(picked.files())) {
      return Optional.of(new DescriptorLoader().load(copy.root()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String summaries(LoadResult loaded) {
    return loaded.diagnostics().all().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::summary)
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }

  private static BaseRead failed(Diagnostic problem) {
    return new BaseRead.Failed(Diagnostics.of(List.of(problem)));
  }
}
