package dev.meshcode.descriptor;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars by the YAML 1.2 core schema, as yaml-language-server does, rather than
 * SnakeYAML's YAML 1.1 default: {@code no}, {@code on} or {@code 2024-01-31} stay strings, so a tag
 * named {@code no} or a date is never silently turned into a boolean or a timestamp.
 */
final class CoreSchemaResolver extends Resolver {

  private static final Pattern CORE_BOOL =
      Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
  private static final Pattern CORE_INT =
      Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
  private static final Pattern CORE_FLOAT =
      Pattern.compile(
          "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
  private static final Pattern CORE_NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, CORE_BOOL, "tTfF");
    addImplicitResolver(Tag.INT, CORE_INT, "-+0123456789");
    addImplicitResolver(Tag.FLOAT, CORE_FLOAT, "-+0123456789.");
    addImplicitResolver(Tag.NULL, CORE_NULL, "~nN\0");
  }
}
