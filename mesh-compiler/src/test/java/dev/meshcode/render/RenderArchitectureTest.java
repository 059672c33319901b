package dev.meshcode.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Renderers are pure: they see diagnostics and the model only, and never touch files. */
class RenderArchitectureTest {

  private final JavaClasses render =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.meshcode.render");

  @Test
  void render_dependsOnlyOnDiagModelJacksonAndJdk() {
    noClasses()
        .that()
        .resideInAPackage("dev.meshcode.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.meshcode.api..",
            "dev.meshcode.descriptor..",
            "dev.meshcode.check..",
            "dev.meshcode.schema..",
            "dev.meshcode.policy..")
        .check(render);
  }

  @Test
  void render_neverReadsOrWritesFiles() {
    noClasses()
        .that()
        .resideInAPackage("dev.meshcode.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileWriter")
        .check(render);
  }
}
