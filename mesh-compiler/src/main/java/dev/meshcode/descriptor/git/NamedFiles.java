package dev.meshcode.descriptor.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files a descriptor names, read the way the loader reads them ({@code query.file}, {@code
 * schemas.key|value.file} and their {@code references[].file}, each relative to the descriptor's
 * folder), so the base copy holds what its products need. A document that does not parse names
 * nothing: the loader reports it.
 */
final class NamedFiles {

  /** The files named by one descriptor file, mesh-relative. */
  record Named(List<String> schemas, List<String> others) {}

  /** As {@code MeshBinder} defaults {@code include}; docs/descriptor-reference.md. */
  static final List<String> DEFAULT_INCLUDE = List.of("domains", "policies", "environments");

  private NamedFiles() {}

  static Named in(String descriptor, String text) {
    List<String> schemas = new ArrayList<>();
    List<String> others = new ArrayList<>();
    String dir = MeshPaths.folder(descriptor);
    try {
      for (Object document : yaml().loadAll(text)) {
        if (document instanceof Map<?, ?> map) {
          file(map.get("query")).flatMap(f -> MeshPaths.resolve(dir, f)).ifPresent(others::add);
          schemas(map.get("schemas"), dir, schemas);
        }
      }
    } catch (RuntimeException e) {
      // SnakeYAML's parse errors are unchecked; the loader reports them with their line.
    }
    return new Named(List.copyOf(schemas), List.copyOf(others));
  }

  /** The {@code include} folders of a mesh.yaml text, or the loader's default when unwritten. */
  static List<String> includes(String meshYaml) {
    try {
      for (Object document : yaml().loadAll(meshYaml)) {
        if (document instanceof Map<?, ?> map && "Mesh".equals(map.get("kind"))) {
          return map.get("include") instanceof List<?> list
              ? list.stream().map(String::valueOf).toList()
              : DEFAULT_INCLUDE;
        }
      }
    } catch (RuntimeException e) {
      // An unparsable mesh.yaml: the loader reports it; the default folders are the best guess.
    }
    return DEFAULT_INCLUDE;
  }

  private static void schemas(Object schemas, String dir, List<String> into) {
    if (!(schemas instanceof Map<?, ?> roles)) {
      return;
    }
    for (Object schema : roles.values()) {
      file(schema).flatMap(f -> MeshPaths.resolve(dir, f)).ifPresent(into::add);
      if (schema instanceof Map<?, ?> map && map.get("references") instanceof List<?> refs) {
        for (Object ref : refs) {
          file(ref).flatMap(f -> MeshPaths.resolve(dir, f)).ifPresent(into::add);
        }
      }
    }
  }

  private static Optional<String> file(Object node) {
    if (node instanceof Map<?, ?> map && map.get("file") instanceof String file) {
      return Optional.of(file);
    }
    return Optional.empty();
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowDuplicateKeys(true);
    return new Yaml(new SafeConstructor(options));
  }
}
