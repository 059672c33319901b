package dev.meshcode.model;

/** How meshcode authenticates to a system. Either form keeps the secret out of the repository. */
public sealed interface Credentials {

  /**
   * The {@code <server>} with this id in Maven's {@code settings.xml} holds username and password.
   */
  record SettingsServer(String id) implements Credentials {}

  /**
   * Username and password from the build's environment.
   *
   * @param username a literal user name or key id (not a secret), or a reference
   * @param password always a reference
   */
  record Basic(String username, SecretRef password) implements Credentials {}
}
