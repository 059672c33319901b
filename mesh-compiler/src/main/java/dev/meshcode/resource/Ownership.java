package dev.meshcode.resource;

import dev.meshcode.model.Domain;
import dev.meshcode.model.Mesh;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The name spaces a mesh owns: per domain, the part of the topic naming template before {@code
 * {product}} ({@code {domain}.{product}} gives {@code execution.}), behind the environment prefix.
 * Subjects named after topics fall in the same space. A template that puts no domain before the
 * product, or no separator after it, owns nothing but the exact names the products declare: an
 * ambiguous prefix could claim another team's topics.
 */
final class Ownership {

  private static final String SEPARATORS = ".-_";

  private Ownership() {}

  static List<OwnedPrefix> of(Mesh mesh, String environmentPrefix) {
    List<OwnedPrefix> owned = new ArrayList<>();
    for (Domain domain : mesh.domains()) {
      prefix(mesh.settings().topicNaming(), domain.name())
          .ifPresent(
              p -> {
                for (ResourceKind kind : ResourceKind.values()) {
                  owned.add(new OwnedPrefix(kind, environmentPrefix + p, domain.origin().start()));
                }
              });
    }
    return owned;
  }

  static Optional<String> prefix(String template, String domain) {
    int product = template.indexOf("{product}");
    if (product <= 0) {
      return Optional.empty();
    }
    String head = template.substring(0, product);
    String prefix = head.replace("{domain}", domain);
    if (!head.contains("{domain}") || prefix.contains("{")) {
      return Optional.empty();
    }
    char last = prefix.charAt(prefix.length() - 1);
    return SEPARATORS.indexOf(last) >= 0 ? Optional.of(prefix) : Optional.empty();
  }
}
