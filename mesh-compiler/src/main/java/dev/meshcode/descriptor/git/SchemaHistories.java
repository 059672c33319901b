package dev.meshcode.descriptor.git;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import dev.meshcode.review.SchemaHistory;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The schema histories a review may ask for, read eagerly (the repository is closed afterwards):
 * every changed or deleted schema file, by its head path, and every schema file a changed base
 * descriptor names, by its base path (a product that now points at another file is still judged
 * against the old file's history). Nothing else: a large mesh's history is never walked whole.
 */
final class SchemaHistories {

  private static final List<String> SCHEMA_EXTENSIONS = List.of(".avsc", ".json", ".proto");

  private final MeshRepository mesh;
  private final SchemaVersions versions;

  SchemaHistories(MeshRepository mesh, SchemaVersions versions) {
    this.mesh = mesh;
    this.versions = versions;
  }

  /**
   * @param notes receives a warning for each file with binary versions
   */
  SchemaHistory read(
      RevCommit base,
      Collection<FileChange> changes,
      BaseSelection.Picked picked,
      List<Diagnostic> notes)
      throws IOException {
    Map<String, String> basePathByKey = new LinkedHashMap<>();
    for (FileChange change : changes) {
      boolean schema =
          picked.schemas().contains(change.basePath()) || hasSchemaExtension(change.basePath());
      if (change.kind() != ChangeKind.ADDED && schema) {
        basePathByKey.put(change.path(), change.basePath());
      }
    }
    picked.schemas().forEach(file -> basePathByKey.putIfAbsent(file, file));
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : basePathByKey.entrySet()) {
      SchemaVersions.Versions found = versions.of(base, mesh.repoPath(file.getValue()));
      texts.put(file.getKey(), found.texts());
      if (found.binary() > 0) {
        notes.add(GitProblems.binarySchemaVersions(file.getKey(), found.binary()));
      }
    }
    Map<String, List<String>> byFile = Map.copyOf(texts);
    return file -> byFile.getOrDefault(file, List.of());
  }

  private static boolean hasSchemaExtension(String file) {
    return SCHEMA_EXTENSIONS.stream().anyMatch(file::endsWith);
  }
}
