package dev.meshcode.sandbox;

/**
 * The Apicurio Registry releases the launcher knows how to run. 3.x is the one to use; 2.6 is the
 * last release whose classes run on Java 17, so it is the fallback on machines without a JDK 21+.
 */
public enum ApicurioRelease {
  /** Quarkus fast-jar layout ({@code quarkus-run.jar}); class file 65, so Java 21 or newer. */
  V3("3.3.3", 21, "apicurio.ccompat.max-subjects"),
  /** Legacy {@code *-runner.jar} layout, in-memory storage only, no {@code /mode} endpoint. */
  V2("2.6.13.Final", 17, "registry.ccompat.max-subjects");

  private final String version;
  private final int minimumJava;
  private final String maxSubjectsProperty;

  ApicurioRelease(String version, int minimumJava, String maxSubjectsProperty) {
    this.version = version;
    this.minimumJava = minimumJava;
    this.maxSubjectsProperty = maxSubjectsProperty;
  }

  /** The version of {@code io.apicurio:apicurio-registry-app} to resolve for this release. */
  public String version() {
    return version;
  }

  public int minimumJava() {
    return minimumJava;
  }

  /** {@code GET /subjects} is silently capped at this property's value (1000 by default). */
  String maxSubjectsProperty() {
    return maxSubjectsProperty;
  }

  /** Maven coordinates of the distribution: {@code groupId:artifactId:version:type:classifier}. */
  public String coordinates() {
    return "io.apicurio:apicurio-registry-app:" + version + ":tar.gz:all";
  }
}
