package dev.meshcode.api;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.model.Environment;
import dev.meshcode.model.Mesh;
import dev.meshcode.provider.ProviderException;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics of plan and apply runs that belong to no descriptor check: which environment,
 * which providers, which credentials, which saved plan. Codes are stable and documented in {@code
 * docs/plan-and-apply.md}.
 */
final class RunDiagnostics {

  static final String ENVIRONMENT_REQUIRED = "environment-required";
  static final String UNKNOWN_ENVIRONMENT = "unknown-environment";
  static final String PROVIDER_MISSING = "provider-missing";
  static final String SECRET_UNRESOLVED = "secret-unresolved";
  static final String PLAN_FILE_INVALID = "plan-file-invalid";
  static final String PLAN_HAS_ERRORS = "plan-has-errors";
  static final String PLAN_MISMATCH = "plan-mismatch";
  static final String PROVIDER_FAILED = "provider-failed";

  private RunDiagnostics() {}

  static Diagnostic environment(Mesh mesh, String name) {
    List<String> names = mesh.environments().stream().map(Environment::name).toList();
    String declared =
        names.isEmpty()
            ? "The mesh declares no Environment."
            : "Declared environments: " + String.join(", ", names) + ".";
    String hint =
        names.isEmpty()
            ? "Add an Environment document (for example environments/sandbox.yaml) and choose it."
            : "Choose one of the declared environments, or add an Environment document with"
                + " that name.";
    if (name.isBlank()) {
      return general(ENVIRONMENT_REQUIRED, "No environment was chosen to plan against.", hint)
          .withDetail(declared);
    }
    return new Diagnostic(
        Severity.ERROR,
        UNKNOWN_ENVIRONMENT,
        "The environment '" + name + "' is not declared in this mesh.",
        declared,
        hint,
        Optional.empty());
  }

  static Diagnostic providerMissing(Environment environment, String system, long resources) {
    return Diagnostic.error(
        PROVIDER_MISSING,
        environment.origin().start(),
        "Environment '"
            + environment.name()
            + "' has no provider for "
            + system
            + ", which "
            + resources
            + (resources == 1 ? " declared resource needs." : " declared resources need."),
        system.equals("schema-registry") && environment.schemaRegistry().isEmpty()
            ? "Add a schemaRegistry endpoint to this Environment document."
            : "Put the " + system + " provider on the plugin's class path.");
  }

  static Diagnostic secret(Environment environment, SecretException e) {
    return Diagnostic.error(
            SECRET_UNRESOLVED, environment.origin().start(), e.getMessage(), e.hint())
        .withDetail(
            "Environment '"
                + environment.name()
                + "' refers to "
                + e.reference()
                + "; meshcode never stores the value.");
  }

  static Diagnostic planFile(String problem) {
    return general(
        PLAN_FILE_INVALID,
        "The saved plan cannot be used: " + problem,
        "Run mesh:plan again to write a fresh plan.json; never edit a plan by hand.");
  }

  static Diagnostic planHasErrors(long errors) {
    return general(
        PLAN_HAS_ERRORS,
        "The saved plan has "
            + errors
            + (errors == 1 ? " error" : " errors")
            + ", and a plan with errors is never applied.",
        "Fix the errors the plan lists, run mesh:plan again, and apply the new plan.");
  }

  static Diagnostic planMismatch(String environment, List<String> differences) {
    return general(
            PLAN_MISMATCH,
            "The saved plan does not match the mesh for environment '"
                + environment
                + "': "
                + differences.size()
                + (differences.size() == 1 ? " change differs." : " changes differ."),
            "The descriptors changed since the plan was made, or it was made for another"
                + " environment: run mesh:plan for '"
                + environment
                + "' again and apply that plan.")
        .withDetail(String.join("\n", differences));
  }

  /**
   * A provider failed while reading live state or judging schemas. Its message names the system and
   * operation; providers never put credentials in exception messages.
   */
  static Diagnostic providerFailed(Prepared ready, ProviderException e) {
    Environment environment = ready.environment();
    return Diagnostic.error(
            PROVIDER_FAILED,
            environment.origin().start(),
            "Reading the live state of environment '"
                + environment.name()
                + "' failed: "
                + e.getMessage(),
            "Check that the "
                + e.system()
                + " endpoint of this Environment document is reachable and its credentials are"
                + " valid, then run again. Nothing was changed.")
        .withDetail(causes(e));
  }

  /**
   * A provider could not be created for the environment: its client refused the settings before any
   * network call (a key store that does not open, a missing file). Same code as a failed read.
   */
  static Diagnostic providerNotSetUp(Environment environment, ProviderException e) {
    return Diagnostic.error(
            PROVIDER_FAILED,
            environment.origin().start(),
            "Setting up the "
                + e.system()
                + " client of environment '"
                + environment.name()
                + "' failed: "
                + e.getMessage(),
            "Check the "
                + e.system()
                + " endpoint's properties in this Environment document (key and trust store"
                + " paths, types and passwords), then run again. Nothing was changed.")
        .withDetail(causes(e));
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable c = e.getCause(); c != null && text.length() < 2_000; c = c.getCause()) {
      text.append(text.length() == 0 ? "Caused by: " : "\n  by: ")
          .append(c.getClass().getSimpleName())
          .append(": ")
          .append(c.getMessage());
    }
    return text.toString();
  }

  private static Diagnostic general(String code, String summary, String hint) {
    return new Diagnostic(Severity.ERROR, code, summary, "", hint, Optional.empty());
  }
}
