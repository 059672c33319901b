package dev.meshcode.provider.schemaregistry;

import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry's form of a planned schema: the desired canonical text and type, with each {@code
 * name=subject} reference pinned to the subject's latest version, read now.
 */
final class SchemaChangeDefinition {

  private SchemaChangeDefinition() {}

  /** The subjects the change's schema references, in order. */
  static List<String> referencedSubjects(ResourceChange c) {
    return Attributes.referencedSubjects(c.desired(Attributes.REFERENCES).orElse(""));
  }

  /**
   * @param latest the latest version number of a subject, empty when it has none
   * @throws RegistryException when a referenced subject does not exist ({@link
   *     RegistryError#SUBJECT_NOT_FOUND}) or cannot be read
   */
  static SchemaDefinition resolve(ResourceChange c, Function<String, Optional<Integer>> latest) {
    SchemaType type = SchemaType.parse(c.desired(Attributes.SCHEMA_TYPE).orElse("AVRO"));
    String text = c.desired(Attributes.SCHEMA).orElse("");
    String references = c.desired(Attributes.REFERENCES).orElse("");
    List<SchemaReference> refs = new ArrayList<>();
    if (!references.isEmpty()) {
      for (String entry : references.split(", ")) {
        int eq = entry.lastIndexOf('=');
        String subject = entry.substring(eq + 1);
        int version = latest.apply(subject).orElseThrow(() -> missing(subject));
        refs.add(new SchemaReference(entry.substring(0, eq), subject, version));
      }
    }
    return SchemaDefinition.of(type, text).withReferences(refs);
  }

  private static RegistryException missing(String subject) {
    return new RegistryException(
        RegistryError.SUBJECT_NOT_FOUND,
        404,
        40401,
        "referenced subject " + subject + " has no registered schema",
        null);
  }
}
