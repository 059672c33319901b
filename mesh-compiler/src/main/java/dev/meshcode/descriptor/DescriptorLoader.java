package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.MeshSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Loads a mesh repository from disk: {@code mesh.yaml} first (its settings shape everything else),
 * then every descriptor under its {@code include} folders. Never throws for bad input; every
 * problem becomes a diagnostic, and as many documents as possible are checked in one run.
 */
public final class DescriptorLoader {

  static final String MESH_FILE = "mesh.yaml";

  public LoadResult load(Path root) {
    FileResolver files = new FileResolver(root);
    Path meshFile = files.root().resolve(MESH_FILE);
    if (!Files.isRegularFile(meshFile)) {
      return new LoadResult(
          Optional.empty(), Diagnostics.of(List.of(meshMissing(root))), List.of());
    }
    // Most meshes keep the default folders: walk them while mesh.yaml is checked (that first
    // check loads the JSON Schema validator, as long as the walk of 10,000 files takes).
    MeshSettings fallback = MeshBinder.fallback(MESH_FILE);
    CompletableFuture<DescriptorFinder.Found> early =
        CompletableFuture.supplyAsync(() -> new DescriptorFinder(files).find(fallback, meshFile));
    DocumentChecker checker = new DocumentChecker(files);
    DocumentChecker.CheckedFile meshDocs = checker.check(meshFile);
    Set<Diagnostic> problems = new LinkedHashSet<>(meshDocs.problems());
    Optional<MeshSettings> settings = settings(meshDocs, problems);
    MeshSettings effective = settings.orElseGet(() -> MeshBinder.fallback(MESH_FILE));
    DocumentBinder binder = new DocumentBinder(effective, files);

    MeshParts parts = new MeshParts();
    meshDocs.documents().forEach(d -> binder.bind(d, parts));
    DescriptorFinder.Found found =
        sameFolders(effective, fallback)
            ? early.join()
            : new DescriptorFinder(files).find(effective, meshFile);
    problems.addAll(found.problems());
    found.files().parallelStream()
        .map(file -> loadFile(file, checker, binder))
        .toList()
        .forEach(parts::addAll);
    problems.addAll(parts.problems);

    List<String> read = new ArrayList<>();
    read.add(MESH_FILE);
    found.files().forEach(f -> read.add(f.name()));
    read.sort(String::compareTo);
    return new LoadResult(settings.map(parts::toMesh), Diagnostics.of(problems), read);
  }

  /** Whether the walk of {@code fallback}'s folders is the one {@code effective} asks for. */
  private static boolean sameFolders(MeshSettings effective, MeshSettings fallback) {
    return effective.include().equals(fallback.include())
        && !effective.origin().fields().containsKey("include");
  }

  private static MeshParts loadFile(
      DescriptorFinder.FoundFile file, DocumentChecker checker, DocumentBinder binder) {
    DocumentChecker.CheckedFile checked = checker.check(file);
    MeshParts parts = new MeshParts();
    parts.problems.addAll(checked.problems());
    checked.rejected().forEach(d -> d.into(parts));
    if (checked.empty()) {
      parts.problems.add(emptyFile(file.name()));
    }
    for (DocumentChecker.Checked document : checked.documents()) {
      if (document.kind() == Kind.MESH) {
        parts.problems.add(
            Diagnostic.error(
                "misplaced-mesh",
                document.document().index().start(),
                "A `Mesh` document is only allowed in mesh.yaml at the mesh root.",
                "Move its settings into mesh.yaml and delete this document."));
      } else {
        binder.bind(document, parts);
      }
    }
    return parts;
  }

  /** Binds the first {@code Mesh} document of mesh.yaml; reports a missing or repeated one. */
  private static Optional<MeshSettings> settings(
      DocumentChecker.CheckedFile meshDocs, Set<Diagnostic> problems) {
    List<DocumentChecker.Checked> meshes =
        meshDocs.documents().stream().filter(d -> d.kind() == Kind.MESH).toList();
    meshes.stream()
        .skip(1)
        .forEach(
            d ->
                problems.add(
                    Diagnostic.error(
                        "duplicate-mesh",
                        d.document().index().start(),
                        "mesh.yaml holds more than one `Mesh` document.",
                        "Keep one `Mesh` document and merge the settings of the others into it.")));
    if (meshes.isEmpty()) {
      if (meshDocs.problems().stream().noneMatch(Diagnostic::isError)) {
        problems.add(noMeshDocument());
      }
      return Optional.empty();
    }
    DocumentChecker.Checked mesh = meshes.get(0);
    return Optional.of(MeshBinder.bind(mesh.root(), mesh.document().index().origin()));
  }

  private static Diagnostic meshMissing(Path root) {
    return Diagnostic.error(
        "mesh-missing",
        SourceLocation.ofFile(MESH_FILE),
        "There is no mesh.yaml in `" + root + "`, so it is not a mesh repository.",
        "Create mesh.yaml at the repository root with `apiVersion: meshcode.dev/v1`, `kind: Mesh`"
            + " and `name: <mesh-name>`, or point the build at the folder that has it.");
  }

  private static Diagnostic noMeshDocument() {
    return Diagnostic.error(
        "mesh-missing",
        SourceLocation.ofFile(MESH_FILE),
        "mesh.yaml holds no `Mesh` document.",
        "Add a document with `apiVersion: meshcode.dev/v1`, `kind: Mesh` and `name: <mesh-name>`.");
  }

  private static Diagnostic emptyFile(String name) {
    return Diagnostic.warning(
        "empty-file",
        SourceLocation.ofFile(name),
        "`" + name + "` holds no descriptor.",
        "Add a document (`apiVersion`, `kind`, …) or delete the file.");
  }
}
