package dev.meshcode.compat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The offline judge, as Confluent Schema Registry judges: BACKWARD means the new schema reads data
 * written with an earlier one, FORWARD that an earlier schema reads data written with the new one,
 * FULL both; non-transitive levels compare with the last earlier version, {@code _TRANSITIVE} ones
 * with every earlier version; NONE accepts everything.
 *
 * <p>Earlier versions are numbered from 1, oldest first, as the registry numbers them when the
 * history is complete. A schema text that does not parse is reported as an incompatibility with
 * path {@code (schema)}, never thrown.
 */
public final class OfflineCompatibility implements CompatibilityJudge {

  static final String WHOLE_SCHEMA = "(schema)";

  @Override
  public List<Incompatibility> judge(
      SchemaFormat format, Compatibility level, SchemaText candidate, List<SchemaText> earlier) {
    if (level == Compatibility.NONE || earlier.isEmpty()) {
      return List.of();
    }
    switch (format) {
      case AVRO:
        return judge(new AvroCompatibility(), level, candidate, earlier);
      case JSON_SCHEMA:
        return judge(new JsonSchemaCompatibility(), level, candidate, earlier);
      case PROTOBUF:
        return judge(new ProtobufCompatibility(), level, candidate, earlier);
      default:
        throw new IllegalArgumentException("unknown schema format " + format);
    }
  }

  private static <S> List<Incompatibility> judge(
      FormatRules<S> rules, Compatibility level, SchemaText candidate, List<SchemaText> earlier) {
    S next;
    try {
      next = rules.parse(candidate);
    } catch (UnreadableSchema e) {
      return List.of(unreadable("the new schema", e));
    }
    Set<Incompatibility> found = new LinkedHashSet<>();
    int first = isTransitive(level) ? 0 : earlier.size() - 1;
    for (int i = first; i < earlier.size(); i++) {
      String version = "version " + (i + 1);
      S old;
      try {
        old = rules.parse(earlier.get(i));
      } catch (UnreadableSchema e) {
        found.add(unreadable(version, e));
        continue;
      }
      if (checksBackward(level)) {
        String who = "the new schema cannot read data written with " + version;
        found.addAll(said(who, problems(rules, next, old)));
      }
      if (checksForward(level)) {
        String who = "consumers on " + version + " cannot read data written with the new schema";
        found.addAll(said(who, problems(rules, old, next)));
      }
    }
    return List.copyOf(found);
  }

  /**
   * The rules' answer; a schema that parses yet trips a library while being compared is reported,
   * not thrown, since no input may crash the compiler.
   */
  private static <S> List<Incompatibility> problems(FormatRules<S> rules, S reader, S writer) {
    try {
      return rules.problems(reader, writer);
    } catch (RuntimeException e) {
      return List.of(
          new Incompatibility(
              WHOLE_SCHEMA,
              "the schemas could not be compared ("
                  + e.getClass().getSimpleName()
                  + "), so the change is treated as breaking"));
    }
  }

  private static List<Incompatibility> said(String who, List<Incompatibility> problems) {
    List<Incompatibility> out = new ArrayList<>();
    for (Incompatibility p : problems) {
      out.add(new Incompatibility(p.path(), who + ": " + p.reason()));
    }
    return out;
  }

  private static Incompatibility unreadable(String which, UnreadableSchema e) {
    return new Incompatibility(
        WHOLE_SCHEMA, which + " does not parse, so it cannot be judged: " + e.getMessage());
  }

  private static boolean isTransitive(Compatibility level) {
    return level.name().endsWith("_TRANSITIVE");
  }

  private static boolean checksBackward(Compatibility level) {
    return level.name().startsWith("BACKWARD") || level.name().startsWith("FULL");
  }

  private static boolean checksForward(Compatibility level) {
    return level.name().startsWith("FORWARD") || level.name().startsWith("FULL");
  }
}
