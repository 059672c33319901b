package dev.meshcode.descriptor;

import dev.meshcode.diag.Severity;
import dev.meshcode.model.Origin;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Rule;
import dev.meshcode.model.Selector;
import dev.meshcode.model.SlaTier;
import dev.meshcode.model.Stage;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Binds a {@code Policy} document; each rule's code is {@code <policy name>/<rule id>}. */
final class PolicyBinder {

  private PolicyBinder() {}

  static PolicySpec bind(Fields policy, Origin origin) {
    String name = policy.text("name");
    return new PolicySpec(
        name,
        policy.textOr("description", ""),
        policy.items("rules").stream().map(r -> rule(name, r)).toList(),
        origin);
  }

  private static Rule rule(String policy, Fields rule) {
    return new Rule(
        policy + "/" + rule.text("id"),
        rule.textOr("description", ""),
        Severity.valueOf(ProductBinder.constant(rule.textOr("severity", "error"))),
        rule.optChild("select").map(PolicyBinder::selector).orElse(Selector.all()),
        RuleCheckBinder.bind(rule),
        rule.optText("message"),
        rule.at());
  }

  private static Selector selector(Fields select) {
    return new Selector(
        Set.copyOf(select.texts("domains")),
        constants(select, "quality", Quality::valueOf),
        constants(select, "sla", SlaTier::valueOf),
        Set.copyOf(select.texts("tags")),
        constants(select, "stages", Stage::valueOf),
        select.has("derived") ? Optional.of(select.boolOr("derived", false)) : Optional.empty());
  }

  static <E> Set<E> constants(Fields fields, String key, Function<String, E> parse) {
    return fields.texts(key).stream()
        .map(ProductBinder::constant)
        .map(parse)
        .collect(Collectors.toSet());
  }
}
