package dev.meshcode.descriptor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity a document declares ({@code domain}, {@code name}), read from its raw tree so that
 * it is known even when the document fails its schema.
 */
record Declared(Kind kind, Optional<String> domain, Optional<String> name) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

  static Declared of(Kind kind, PositionedNode document) {
    return new Declared(kind, scalar(document, "domain"), scalar(document, "name"));
  }

  void into(MeshParts parts) {
    parts.reject(kind, domain, name);
  }

  private static Optional<String> scalar(PositionedNode document, String key) {
    if (!(document instanceof PositionedNode.Mapping mapping)) {
      return Optional.empty();
    }
    return mapping.entries().stream()
        .filter(e -> e.key().text().equals(key))
        .map(PositionedNode.Entry::value)
        .filter(PositionedNode.Scalar.class::isInstance)
        .map(v -> ((PositionedNode.Scalar) v).text())
        .filter(t -> NAME.matcher(t).matches())
        .findFirst();
  }
}
