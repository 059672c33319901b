package dev.meshcode.descriptor;

import dev.meshcode.descriptor.PositionedNode.Entry;
import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.ScalarType;
import dev.meshcode.descriptor.PositionedNode.Sequence;
import dev.meshcode.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets written inline in an Environment document, before anything else looks at it. A
 * secret-like field must hold a {@code ${env:NAME}} reference. The diagnostic names the field and
 * never its value (invariant 9: secrets never leak).
 */
final class SecretScanner {

  private static final Pattern ENV_REFERENCE =
      Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Set<String> SECRET_WORDS =
      Set.of("password", "secret", "token", "apikey", "apisecret", "passphrase");
  private static final Set<String> SECRET_PROPERTIES =
      Set.of(
          "sasl.jaas.config",
          "ssl.key.password",
          "ssl.keystore.password",
          "ssl.truststore.password",
          "ssl.keystore.key",
          "basic.auth.user.info",
          "bearer.auth.token");

  private SecretScanner() {}

  /** Whether a field or property of this name holds a secret. */
  static boolean isSecretKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (SECRET_PROPERTIES.contains(lower)) {
      return true;
    }
    String last = lower.substring(lower.lastIndexOf('.') + 1).replace("-", "").replace("_", "");
    return SECRET_WORDS.contains(last);
  }

  /** The variable name of a {@code ${env:NAME}} reference. */
  static Optional<String> envReference(String value) {
    Matcher m = ENV_REFERENCE.matcher(value);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static List<Diagnostic> scan(PositionedNode document) {
    List<Diagnostic> found = new ArrayList<>();
    scan(document, "", found);
    return found;
  }

  private static void scan(PositionedNode node, String path, List<Diagnostic> found) {
    if (node instanceof Mapping m) {
      for (Entry e : m.entries()) {
        String child = PositionIndex.child(path, e.key().text());
        if (isSecretKey(e.key().text()) && e.value() instanceof Scalar s && isInline(s)) {
          found.add(inline(child, s));
        } else {
          scan(e.value(), child, found);
        }
      }
    } else if (node instanceof Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        scan(s.items().get(i), PositionIndex.child(path, Integer.toString(i)), found);
      }
    }
  }

  private static boolean isInline(Scalar value) {
    return value.type() != ScalarType.NULL && envReference(value.text()).isEmpty();
  }

  private static Diagnostic inline(String path, Scalar value) {
    return Diagnostic.error(
        "inline-secret",
        value.at(),
        "`"
            + Wording.label(path)
            + "` holds a secret written inline; secrets must not"
            + " be stored in the repository.",
        "Write a reference such as \"${env:NAME}\" and set NAME in the build's environment, or"
            + " use `credentials: { server: <id> }` with a server id from Maven's settings.xml.");
  }
}
