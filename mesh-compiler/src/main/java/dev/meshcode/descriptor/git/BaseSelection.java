package dev.meshcode.descriptor.git;

import dev.meshcode.review.ChangeKind;
import dev.meshcode.review.FileChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Picks the base files a review needs, never the whole tree: {@code mesh.yaml}; the descriptors in
 * the top two levels of each {@code include} folder (where the layout keeps domains, policies and
 * environments: {@code domains/<domain>/domain.yaml}, {@code policies/*.yaml}); every changed or
 * deleted descriptor; the descriptors beside a changed schema or SQL file (the product that owns
 * it); the caller's extra files; and every file those descriptors name.
 *
 * <p>Picking a file the loader would not find is harmless: the loader runs its own finder on the
 * copy, with the base's {@code include} folders.
 */
final class BaseSelection {

  /** Descriptors this deep under an include folder are always read (1 = the folder's own). */
  static final int TOP_LEVELS = 2;

  /**
   * @param files the bytes of each picked file, by mesh-relative path
   * @param schemas the schema files named by the descriptors a change touches, by base path
   */
  record Picked(Map<String, byte[]> files, Set<String> schemas) {}

  private final BaseTree tree;

  BaseSelection(BaseTree tree) {
    this.tree = tree;
  }

  /** The picked files; empty when the base has no mesh.yaml at the mesh root. */
  Optional<Picked> pick(Collection<FileChange> changes, Collection<String> alsoLoad)
      throws IOException {
    Optional<byte[]> meshYaml = tree.read(GitProblems.MESH_FILE);
    if (meshYaml.isEmpty()) {
      return Optional.empty();
    }
    Set<String> focus = focus(changes, alsoLoad);
    Set<String> descriptors = new TreeSet<>(focus);
    for (String folder : NamedFiles.includes(text(meshYaml.get()))) {
      Optional<String> resolved = MeshPaths.resolve("", folder);
      if (resolved.isPresent()) {
        descriptors.addAll(descriptorsIn(resolved.get(), TOP_LEVELS));
      }
    }
    descriptors.remove(GitProblems.MESH_FILE);
    Map<String, byte[]> files = new TreeMap<>();
    files.put(GitProblems.MESH_FILE, meshYaml.get());
    Set<String> schemas = new TreeSet<>();
    for (String descriptor : descriptors) {
      Optional<byte[]> bytes = tree.read(descriptor);
      if (bytes.isPresent()) {
        files.put(descriptor, bytes.get());
        NamedFiles.Named named = NamedFiles.in(descriptor, text(bytes.get()));
        if (focus.contains(descriptor)) {
          schemas.addAll(named.schemas());
        }
        readAll(named.schemas(), files);
        readAll(named.others(), files);
      }
    }
    return Optional.of(new Picked(files, schemas));
  }

  /** The descriptors a change touches: changed ones, and those beside a changed schema or SQL. */
  private Set<String> focus(Collection<FileChange> changes, Collection<String> alsoLoad)
      throws IOException {
    Set<String> focus = new TreeSet<>();
    for (FileChange change : changes) {
      if (change.kind() == ChangeKind.ADDED) {
        continue;
      }
      if (MeshPaths.isDescriptor(change.basePath())) {
        focus.add(change.basePath());
      } else {
        focus.addAll(descriptorsIn(MeshPaths.folder(change.basePath()), 1));
      }
    }
    alsoLoad.stream().filter(MeshPaths::isDescriptor).forEach(focus::add);
    return focus;
  }

  private Set<String> descriptorsIn(String folder, int depth) throws IOException {
    Set<String> found = new TreeSet<>();
    tree.files(folder, depth).stream().filter(MeshPaths::isDescriptor).forEach(found::add);
    return found;
  }

  private void readAll(Collection<String> paths, Map<String, byte[]> into) throws IOException {
    for (String path : paths) {
      if (!into.containsKey(path)) {
        tree.read(path).ifPresent(bytes -> into.put(path, bytes));
      }
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
