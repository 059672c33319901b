package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the validator's messages for one document into one clear diagnostic per problem. A failed
 * {@code oneOf}/{@code anyOf} makes the validator report every alternative's complaints; we keep
 * only the alternative that came closest (or, for "exactly one of these keys", one sentence).
 */
final class SchemaMessages {

  private static final Comparator<ValidationMessage> ORDER =
      Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
          .thenComparing(m -> m.getEvaluationPath().toString())
          .thenComparing(m -> String.valueOf(m.getProperty()));

  private final MessageTranslator translator;
  private final SchemaPaths paths;

  SchemaMessages(Kind kind, JsonNode schema, JsonTree.Converted document) {
    this.paths = new SchemaPaths(schema);
    this.translator = new MessageTranslator(kind, paths, document);
  }

  List<Diagnostic> translate(Collection<ValidationMessage> messages) {
    List<ValidationMessage> sorted = messages.stream().sorted(ORDER).toList();
    List<ValidationMessage> choices =
        sorted.stream()
            .filter(SchemaMessages::isChoice)
            .sorted(Comparator.comparingInt(m -> eval(m).length()))
            .toList();
    Set<ValidationMessage> handled = new LinkedHashSet<>();
    Set<Diagnostic> out = new LinkedHashSet<>();
    for (ValidationMessage choice : choices) {
      if (handled.contains(choice)) {
        continue;
      }
      String prefix = eval(choice) + "/";
      List<ValidationMessage> inside =
          sorted.stream().filter(m -> eval(m).startsWith(prefix)).toList();
      handled.add(choice);
      handled.addAll(inside);
      if (!typoExplainsChoice(choice, sorted)) {
        out.addAll(explainChoice(choice, prefix, inside));
      }
    }
    for (ValidationMessage m : sorted) {
      if (!handled.contains(m)) {
        out.addAll(translator.translate(m));
      }
    }
    return new ArrayList<>(out);
  }

  private List<Diagnostic> explainChoice(
      ValidationMessage choice, String prefix, List<ValidationMessage> inside) {
    JsonNode alternatives = paths.keyword(choice);
    List<String> keys = MessageTranslator.requiredKeyAlternatives(alternatives);
    if (!keys.isEmpty()) {
      return List.of(translator.keyChoice(choice, keys));
    }
    Map<String, List<ValidationMessage>> byBranch =
        inside.stream()
            .collect(
                Collectors.groupingBy(
                    m -> eval(m).substring(prefix.length()).split("/", 2)[0],
                    LinkedHashMap::new,
                    Collectors.toList()));
    return byBranch.values().stream()
        .min(Comparator.comparingInt(List::size))
        .map(best -> best.stream().flatMap(m -> translator.translate(m).stream()).toList())
        .orElseGet(() -> translator.translate(choice));
  }

  /**
   * A misspelt check key ({@code durabilty:}) already yields an unknown-field diagnostic with a
   * suggestion; "sets none of …" on the same mapping would only repeat it.
   */
  private boolean typoExplainsChoice(ValidationMessage choice, List<ValidationMessage> all) {
    List<String> keys = MessageTranslator.requiredKeyAlternatives(paths.keyword(choice));
    return !keys.isEmpty()
        && all.stream()
            .anyMatch(
                m ->
                    "additionalProperties".equals(m.getType())
                        && m.getInstanceLocation().equals(choice.getInstanceLocation())
                        && DidYouMean.closest(m.getProperty(), keys).isPresent());
  }

  private static boolean isChoice(ValidationMessage m) {
    return "oneOf".equals(m.getType()) || "anyOf".equals(m.getType());
  }

  private static String eval(ValidationMessage m) {
    return m.getEvaluationPath().toString();
  }
}
