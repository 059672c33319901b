package dev.meshcode;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package rules of the design (§3), enforced. Each rule is written for a root package, so the
 * same rules run on the production code (which must pass) and on {@code dev.meshcode.archfixture},
 * a set of deliberately bad classes in the test sources (where every rule must fail: a rule that
 * cannot fail protects nothing).
 */
class ArchitectureTest {

  private static final String ROOT = "dev.meshcode";
  private static final String FIXTURE = "dev.meshcode.archfixture";

  /** The pure core: no files, no network, no clients of external systems. */
  private static final String[] PURE = {
    "model",
    "diag",
    "check",
    "schema",
    "policy",
    "render",
    "resource",
    "state",
    "plan",
    "apply",
    "compat",
    "review"
  };

  private static final String[] FORBIDDEN_IN_PURE = {
    "java.net..", "java.nio.file..", "org.apache.kafka..", "org.apache.maven.."
  };

  /** {@code java.nio.file} and {@code java.io.File*}: the classes that reach the file system. */
  private static final DescribedPredicate<JavaClass> FILE_ACCESS =
      DescribedPredicate.describe(
          "access the file system",
          c ->
              c.getPackageName().startsWith("java.nio.file")
                  || c.getName().startsWith("java.io.File"));

  static Map<String, ArchRule> rules(String root) {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    ioRules(root, rules);
    dependencyRules(root, rules);
    codingRules(root, rules);
    rules.replaceAll((name, rule) -> rule.allowEmptyShould(true));
    return rules;
  }

  private static void ioRules(String root, Map<String, ArchRule> rules) {
    rules.put(
        "pure packages do no I/O and use no external clients",
        noClasses()
            .that()
            .resideInAnyPackage(packages(root, PURE))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FORBIDDEN_IN_PURE));
    rules.put(
        "only descriptor reads files",
        noClasses()
            .that()
            .resideInAPackage(root + "..")
            .and()
            .resideOutsideOfPackages(root + ".descriptor..", root + ".api..")
            .should()
            .dependOnClassesThat(FILE_ACCESS));
    rules.put(
        "api passes a Path on and touches no files",
        noClasses()
            .that()
            .resideInAPackage(root + ".api..")
            .should()
            .dependOnClassesThat(FILE_ACCESS.and(not(type(Path.class)))));
  }

  private static void dependencyRules(String root, Map<String, ArchRule> rules) {
    rules.put(
        "nothing uses Maven's API",
        noClasses()
            .that()
            .resideInAPackage(root + "..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.maven.."));
    rules.put(
        "only providers talk to Kafka",
        noClasses()
            .that()
            .resideInAPackage(root + "..")
            .and()
            .resideOutsideOfPackage(root + ".provider..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.kafka.."));
    rules.put("model and diag depend on each other only", modelAndDiagStayAlone(root));
    rules.put("no package cycles", slices().matching(root + ".(*)..").should().beFreeOfCycles());
  }

  private static void codingRules(String root, Map<String, ArchRule> rules) {
    rules.put(
        "no vague class names",
        noClasses()
            .that()
            .resideInAPackage(root + "..")
            .should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper"));
    rules.put(
        "no System.out or System.err",
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS);
    rules.put("no java.util.logging", GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING);
    rules.put(
        "no generic exceptions thrown",
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS);
  }

  private static ArchRule modelAndDiagStayAlone(String root) {
    DescribedPredicate<JavaClass> allowed =
        resideInAnyPackage(root + ".model..", root + ".diag..")
            .or(resideOutsideOfPackage(root + ".."));
    return classes()
        .that()
        .resideInAnyPackage(root + ".model..", root + ".diag..")
        .should()
        .onlyDependOnClassesThat(allowed);
  }

  private static String[] packages(String root, String[] names) {
    return Stream.of(names).map(n -> root + "." + n + "..").toArray(String[]::new);
  }

  @TestFactory
  Stream<DynamicTest> productionCode_followsEveryRule() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    assertThat(main).isNotEmpty();
    return rules(ROOT).entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(main)));
  }

  @TestFactory
  Stream<DynamicTest> badFixture_breaksEveryRule() {
    JavaClasses bad = new ClassFileImporter().importPackages(FIXTURE);
    return rules(FIXTURE).entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> assertThat(e.getValue().evaluate(bad).hasViolation()).isTrue()));
  }

  @Test
  void kafkaRule_providerPackage_isTheException() {
    JavaClasses bad = new ClassFileImporter().importPackages(FIXTURE);

    String report =
        rules(FIXTURE)
            .get("only providers talk to Kafka")
            .evaluate(bad)
            .getFailureReport()
            .toString();

    assertThat(report).contains("CycleCheck").doesNotContain("KafkaProvider");
  }
}
