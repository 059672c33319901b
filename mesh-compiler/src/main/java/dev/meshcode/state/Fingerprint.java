package dev.meshcode.state;

import dev.meshcode.resource.Resource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stable hash of the observed values of some attributes of one resource: what a saved plan
 * remembers of the live state it was computed from, so apply can tell whether it moved.
 *
 * <p>It covers only the attributes the plan compared (the declared ones), so a change to an
 * undeclared config never makes a plan stale. An absent resource has the fingerprint {@code
 * absent}, still over the attributes the plan declares, so a resource that appeared since is hashed
 * over those (apply shows what it found instead of a hash of nothing).
 *
 * @param value {@code absent}, or the first 16 hex digits of a SHA-256 over the covered attributes
 * @param attributes the attribute names covered, sorted
 */
public record Fingerprint(String value, List<String> attributes) {

  public static final String ABSENT = "absent";

  public Fingerprint {
    attributes = List.copyOf(new TreeSet<>(attributes));
  }

  /** The fingerprint of {@code observed} (or of its absence) over {@code attributes}. */
  public static Fingerprint of(Optional<Resource> observed, SortedSet<String> attributes) {
    if (observed.isEmpty()) {
      return new Fingerprint(ABSENT, List.copyOf(attributes));
    }
    StringBuilder text = new StringBuilder();
    for (String name : attributes) {
      Optional<String> value = observed.get().attribute(name);
      // length-prefixed, so no two different value sets can hash the same text
      text.append(name.length()).append(':').append(name).append('=');
      text.append(value.map(v -> v.length() + ":" + v).orElse("-")).append('\n');
    }
    return new Fingerprint(sha256(text.toString()), List.copyOf(attributes));
  }

  /** The fingerprint of {@code observed} over the same attributes as this one. */
  public Fingerprint recompute(Optional<Resource> observed) {
    return of(observed, new TreeSet<>(attributes));
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
