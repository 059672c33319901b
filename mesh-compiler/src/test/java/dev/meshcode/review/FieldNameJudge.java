package dev.meshcode.review;

import dev.meshcode.compat.CompatibilityJudge;
import dev.meshcode.compat.Incompatibility;
import dev.meshcode.compat.SchemaText;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test double for the compatibility judge only: a change is incompatible when a field name
 * ({@code "name": "x"}) of an earlier version no longer occurs in the candidate. Transitive levels
 * look at every earlier version, the others at the last one, as the contract says.
 */
final class FieldNameJudge implements CompatibilityJudge {

  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([A-Za-z0-9_]+)\"");

  @Override
  public List<Incompatibility> judge(
      SchemaFormat format, Compatibility level, SchemaText candidate, List<SchemaText> earlier) {
    if (earlier.isEmpty() || level == Compatibility.NONE) {
      return List.of();
    }
    List<SchemaText> compared =
        level.name().endsWith("_TRANSITIVE")
            ? earlier
            : earlier.subList(earlier.size() - 1, earlier.size());
    Set<String> now = names(candidate.text());
    Set<String> gone = new LinkedHashSet<>();
    compared.forEach(
        v -> names(v.text()).stream().filter(n -> !now.contains(n)).forEach(gone::add));
    List<Incompatibility> found = new ArrayList<>();
    gone.forEach(
        n ->
            found.add(
                new Incompatibility(
                    "fields/" + n, "field '" + n + "' was removed and has no default")));
    return found;
  }

  private static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
