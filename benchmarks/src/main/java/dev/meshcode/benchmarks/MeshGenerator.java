package dev.meshcode.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a generated mesh repository: {@code mesh.yaml}, {@code policies/}, {@code environments/},
 * and {@code domains/<domain>/domain.yaml} with one folder per product holding {@code
 * product.yaml}, its Avro schemas and, for a derived product, {@code query.sql}.
 */
final class MeshGenerator {

  /** Written last, so a folder holding it holds a complete mesh that can be reused. */
  static final String COMPLETE_MARKER = ".generated-complete";

  private final LocalDate today;
  private final boolean schemas;
  private final Map<String, String> extraEnvironments;
  private int files;

  MeshGenerator(LocalDate today) {
    this(today, true, Map.of());
  }

  /**
   * @param schemas whether products declare Avro schemas; without, the mesh is topics alone
   * @param extraEnvironments more files (name → content) for {@code environments/}, such as one
   *     pointing at local servers
   */
  MeshGenerator(LocalDate today, boolean schemas, Map<String, String> extraEnvironments) {
    this.today = today;
    this.schemas = schemas;
    this.extraEnvironments = Map.copyOf(extraEnvironments);
  }

  /**
   * @return the number of files written
   */
  int generate(MeshPlan plan, Path root) {
    write(root.resolve("mesh.yaml"), GovernanceFiles.mesh());
    writeAll(root.resolve("policies"), GovernanceFiles.policies(schemas));
    writeAll(root.resolve("environments"), GovernanceFiles.environments());
    writeAll(root.resolve("environments"), extraEnvironments);
    for (String domain : plan.domains()) {
      write(
          root.resolve("domains").resolve(domain).resolve("domain.yaml"),
          GovernanceFiles.domain(domain));
    }
    for (ProductPlan p : plan.products()) {
      Path folder = root.resolve("domains").resolve(p.domain()).resolve(p.name());
      write(
          folder.resolve("product.yaml"),
          ProductYaml.render(p, plan.grantsOf(p.id()), today, schemas));
      if (schemas) {
        write(folder.resolve(p.name() + ".avsc"), AvroSchemaText.value(p));
      }
      if (schemas && p.keySchema()) {
        write(folder.resolve(p.name() + "-key.avsc"), AvroSchemaText.key(p));
      }
      if (p.derived()) {
        write(folder.resolve("query.sql"), QuerySql.of(p));
      }
    }
    write(root.resolve(COMPLETE_MARKER), plan.products().size() + " products\n");
    return files;
  }

  private void writeAll(Path folder, Map<String, String> contents) {
    contents.forEach((name, text) -> write(folder.resolve(name), text));
  }

  private void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      files++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
