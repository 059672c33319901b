package dev.meshcode.descriptor;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars by the YAML 1.2 core schema ({@link CoreScalars}), as yaml-language-server
 * does, rather than SnakeYAML's YAML 1.1 default: {@code no}, {@code on} or {@code 2024-01-31} stay
 * strings, so a tag named {@code no} or a date is never silently turned into a boolean or a
 * timestamp. Stateless after construction, so one instance serves every file.
 */
final class CoreSchemaResolver extends Resolver {

  static final CoreSchemaResolver SHARED = new CoreSchemaResolver();

  @Override
  protected void addImplicitResolvers() {
    // none: resolve() decides plain scalars with CoreScalars instead of SnakeYAML's patterns
  }

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind != NodeId.scalar || !implicit) {
      return super.resolve(kind, value, implicit);
    }
    switch (CoreScalars.type(value)) {
      case NULL:
        return Tag.NULL;
      case BOOL:
        return Tag.BOOL;
      case INT:
        return Tag.INT;
      case FLOAT:
        return Tag.FLOAT;
      default:
        return Tag.STR;
    }
  }
}
