package dev.meshcode.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code mesh:sandbox-start} and {@code mesh:sandbox-stop} print, as plain lines. */
final class SandboxMessages {

  private SandboxMessages() {}

  /**
   * @param kafkaReused the broker was already running and was attached to
   * @param registryReused likewise for the registry
   * @param environment the Environment file and what the start did to it
   */
  static List<String> started(
      SandboxEndpoints endpoints,
      boolean kafkaReused,
      boolean registryReused,
      Path environment,
      SandboxEnvironmentFile.Outcome outcome,
      SandboxLayout layout) {
    List<String> lines = new ArrayList<>();
    lines.add("meshcode sandbox is running (data in " + layout.root() + "):");
    lines.add(
        "  Kafka "
            + endpoints.brokers()
            + (endpoints.brokers() == 1 ? " broker   " : " brokers  ")
            + endpoints.kafkaBootstrap()
            + (kafkaReused ? "   (already running)" : ""));
    lines.add(
        "  Apicurio Registry "
            + endpoints.registryVersion()
            + "  "
            + endpoints.registryUrl()
            + (registryReused ? "   (already running)" : ""));
    lines.add("Environment 'sandbox': " + environment + " " + describe(outcome) + ".");
    lines.add("Next:");
    lines.add("  mvn mesh:plan -Dmesh.environment=sandbox    # what apply would change");
    lines.add("  mvn mesh:apply -Dmesh.environment=sandbox   # create the topics and schemas");
    lines.add("  mvn mesh:sandbox-stop                       # stop both, keep the data");
    return lines;
  }

  private static String describe(SandboxEnvironmentFile.Outcome outcome) {
    switch (outcome) {
      case CREATED:
        return "written (it was missing)";
      case UPDATED:
        return "now points at these addresses";
      default:
        return "already points at these addresses";
    }
  }

  /**
   * @param kafkaNodes how many broker processes were running and are now stopped
   * @param registry whether a registry was running and is now stopped
   * @param cleaned whether the data was deleted too
   */
  static List<String> stopped(
      int kafkaNodes, boolean registry, boolean cleaned, SandboxLayout layout) {
    List<String> lines = new ArrayList<>();
    if (kafkaNodes == 0 && !registry) {
      lines.add("meshcode sandbox: nothing was running in " + layout.root() + ".");
    } else {
      lines.add(
          "meshcode sandbox stopped: "
              + kafkaNodes
              + " Kafka "
              + (kafkaNodes == 1 ? "broker" : "brokers")
              + (registry ? " and Apicurio Registry." : "; no registry was running."));
    }
    lines.add(
        cleaned
            ? "Deleted its data: " + layout.root() + "."
            : "Its data stays in "
                + layout.root()
                + ": mvn mesh:sandbox-start resumes it, -Dmesh.sandbox.clean=true deletes it.");
    return lines;
  }
}
