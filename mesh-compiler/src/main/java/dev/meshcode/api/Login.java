package dev.meshcode.api;

/**
 * A resolved user name and password. Its {@code toString} never shows the password, so a login that
 * ends up in a message or a log line by accident leaks nothing.
 */
public record Login(String username, String password) {

  @Override
  public String toString() {
    return "Login[username=" + username + ", password=****]";
  }
}
