package dev.meshcode.compat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * One case of the shared compatibility corpus ({@code compat-corpus/<format>/<case>/}): versions
 * {@code v1.*}, {@code v2.*}, ... oldest first, the last being the candidate, and {@code
 * expected.yaml} with, per level, {@code compatible} and the {@code paths} of the
 * incompatibilities. A level left out of a two-version case means the same as its non-transitive
 * form (one earlier version); a case with more versions must list all six. NONE is always
 * compatible.
 */
public record CorpusCase(
    SchemaFormat format,
    String name,
    List<String> versions,
    Map<Compatibility, Expected> expected) {

  /** What the judge must answer at one level. */
  public record Expected(boolean compatible, Set<String> paths) {}

  private static final Map<String, SchemaFormat> FOLDERS =
      Map.of(
          "avro",
          SchemaFormat.AVRO,
          "json",
          SchemaFormat.JSON_SCHEMA,
          "protobuf",
          SchemaFormat.PROTOBUF);

  /** The corpus as seen from a module's base directory. */
  public static Path root(String module) {
    Path here = Path.of("src", "test", "resources", "compat-corpus");
    return module.equals("mesh-compiler") ? here : Path.of("..", "mesh-compiler").resolve(here);
  }

  public static List<CorpusCase> load(Path root) {
    List<CorpusCase> cases = new ArrayList<>();
    for (Map.Entry<String, SchemaFormat> folder : new java.util.TreeMap<>(FOLDERS).entrySet()) {
      Path dir = root.resolve(folder.getKey());
      try (Stream<Path> dirs = Files.list(dir)) {
        dirs.filter(Files::isDirectory)
            .sorted()
            .forEach(d -> cases.add(read(folder.getValue(), d)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }

  public SchemaText candidate() {
    return SchemaText.of(versions.get(versions.size() - 1));
  }

  public List<SchemaText> earlier() {
    return versions.subList(0, versions.size() - 1).stream().map(SchemaText::of).toList();
  }

  @Override
  public String toString() {
    return format.label() + "/" + name;
  }

  private static CorpusCase read(SchemaFormat format, Path dir) {
    List<String> versions = new ArrayList<>();
    for (int v = 1; ; v++) {
      Path file = versionFile(dir, v);
      if (!Files.exists(file)) {
        break;
      }
      versions.add(text(file));
    }
    Map<String, Map<String, Object>> yaml = new Yaml().load(text(dir.resolve("expected.yaml")));
    Map<Compatibility, Expected> expected = new EnumMap<>(Compatibility.class);
    for (Compatibility level : Compatibility.values()) {
      expected.put(level, expected(level, yaml, versions.size(), dir));
    }
    return new CorpusCase(format, dir.getFileName().toString(), versions, expected);
  }

  private static Expected expected(
      Compatibility level, Map<String, Map<String, Object>> yaml, int versions, Path dir) {
    if (level == Compatibility.NONE) {
      return new Expected(true, Set.of());
    }
    Map<String, Object> entry = yaml.get(level.name());
    if (entry == null && versions == 2 && level.name().endsWith("_TRANSITIVE")) {
      entry = yaml.get(level.name().replace("_TRANSITIVE", ""));
    }
    if (entry == null) {
      throw new IllegalStateException(dir + "/expected.yaml has no " + level);
    }
    @SuppressWarnings("unchecked")
    List<String> paths = (List<String>) entry.getOrDefault("paths", List.of());
    return new Expected((Boolean) entry.get("compatible"), new TreeSet<>(paths));
  }

  private static Path versionFile(Path dir, int v) {
    for (String ext : List.of("avsc", "json", "proto")) {
      Path p = dir.resolve("v" + v + "." + ext);
      if (Files.exists(p)) {
        return p;
      }
    }
    return dir.resolve("v" + v + ".missing");
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
