package dev.meshcode.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SARIF {@code reportingDescriptor}s of one run: one per diagnostic code that occurs, sorted by
 * code so {@code ruleIndex} is stable. Policy codes ({@code policy/rule}) link to the policy guide;
 * the compiler's own codes to their entry in the diagnostics reference.
 */
final class SarifRules {

  private static final String HEX = "0123456789ABCDEF";

  private final List<String> codes;
  private final Map<String, Severity> worst;
  private final String docsBase;
  private final Map<String, String> descriptions;

  private SarifRules(
      Map<String, Severity> worst, String docsBase, Map<String, String> descriptions) {
    this.codes = new ArrayList<>(worst.keySet());
    this.worst = worst;
    this.docsBase = docsBase;
    this.descriptions = descriptions;
  }

  static SarifRules of(Diagnostics diagnostics, String docsBase, Map<String, String> descriptions) {
    Map<String, Severity> worst = new TreeMap<>();
    for (Diagnostic d : diagnostics.all()) {
      worst.merge(d.code(), d.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    return new SarifRules(worst, docsBase, descriptions);
  }

  int indexOf(String code) {
    return codes.indexOf(code);
  }

  ArrayNode descriptors() {
    ArrayNode rules = JsonNodeFactory.instance.arrayNode();
    for (String code : codes) {
      rules.add(descriptor(code));
    }
    return rules;
  }

  private ObjectNode descriptor(String code) {
    String description = descriptions.getOrDefault(code, describe(code));
    String help = helpUri(code);
    ObjectNode rule = PrettyJson.object().put("id", code);
    rule.putObject("shortDescription").put("text", description);
    rule.putObject("fullDescription").put("text", description);
    rule.putObject("help").put("text", helpText(code, help));
    rule.put("helpUri", help);
    rule.putObject("defaultConfiguration").put("level", Sarif.level(worst.get(code)));
    return rule;
  }

  static boolean isPolicyRule(String code) {
    return code.contains("/");
  }

  private String helpUri(String code) {
    return isPolicyRule(code)
        ? docsBase + "policies.md"
        : docsBase + "diagnostics.md#" + code.toLowerCase(Locale.ROOT);
  }

  private static String helpText(String code, String helpUri) {
    if (isPolicyRule(code)) {
      String policy = code.substring(0, code.indexOf('/'));
      return "A governance rule of policy '"
          + policy
          + "' in this mesh. Fix the data product, or add a waiver with a reason. See "
          + helpUri;
    }
    return "See " + helpUri;
  }

  /**
   * {@code unknown-field} → {@code Unknown field}; {@code naming/topic} → {@code Policy rule …}.
   */
  static String describe(String code) {
    if (isPolicyRule(code)) {
      return "Policy rule " + code;
    }
    String words = code.replace('-', ' ');
    return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A relative URI reference for a path: RFC 3986 unreserved characters and {@code /} stay, every
   * other byte of the UTF-8 form is percent-encoded. Hand-written because {@code java.net} is kept
   * out of the pure packages (no network types there, by an architecture rule).
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c) || c == '/') {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
