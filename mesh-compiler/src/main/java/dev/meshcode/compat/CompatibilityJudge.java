package dev.meshcode.compat;

import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import java.util.List;

/** Judges a schema change offline, the way a Schema Registry would judge it. */
@FunctionalInterface
public interface CompatibilityJudge {

  /**
   * The incompatibilities of {@code candidate} with {@code earlier} under {@code level}; empty when
   * compatible.
   *
   * @param earlier earlier versions, oldest first; non-transitive levels judge against the last one
   *     only, transitive levels against all; an empty list is always compatible
   */
  List<Incompatibility> judge(
      SchemaFormat format, Compatibility level, SchemaText candidate, List<SchemaText> earlier);
}
