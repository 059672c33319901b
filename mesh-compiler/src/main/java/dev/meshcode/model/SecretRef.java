package dev.meshcode.model;

/**
 * A reference to a secret that lives outside the repository, never the secret itself.
 *
 * <p>Written in descriptors as {@code ${env:NAME}} (an environment variable of the build).
 */
public record SecretRef(String envVar) {

  @Override
  public String toString() {
    return "${env:" + envVar + "}";
  }
}
