package dev.meshcode.descriptor;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.MeshSettings;
import dev.meshcode.model.Origin;
import dev.meshcode.model.SubjectNaming;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Binds the {@code Mesh} document, applying the documented defaults. */
final class MeshBinder {

  static final List<String> DEFAULT_INCLUDE = List.of("domains", "policies", "environments");
  static final String DEFAULT_TOPIC_NAMING = "{domain}.{product}";

  private MeshBinder() {}

  static MeshSettings bind(Fields mesh, Origin origin) {
    Fields naming = mesh.child("naming");
    Fields defaults = mesh.child("defaults");
    Fields topic = defaults.child("topic");
    return new MeshSettings(
        mesh.text("name"),
        mesh.textOr("description", ""),
        naming.textOr("topic", DEFAULT_TOPIC_NAMING),
        subjectNaming(naming.textOr("subject", "topic")),
        new MeshSettings.TopicDefaults(
            topic.intOr("partitions", 1),
            topic.intOr("replicationFactor", 3),
            topic.scalarMap("configs")),
        Compatibility.valueOf(defaults.textOr("compatibility", "BACKWARD")),
        mesh.has("include") ? mesh.texts("include") : DEFAULT_INCLUDE,
        origin);
  }

  /** Settings used to keep checking descriptors when {@code mesh.yaml} itself is unusable. */
  static MeshSettings fallback(String file) {
    return new MeshSettings(
        "mesh",
        "",
        DEFAULT_TOPIC_NAMING,
        SubjectNaming.TOPIC,
        new MeshSettings.TopicDefaults(1, 3, Map.of()),
        Compatibility.BACKWARD,
        DEFAULT_INCLUDE,
        Origin.of(SourceLocation.ofFile(file)));
  }

  static SubjectNaming subjectNaming(String written) {
    return SubjectNaming.valueOf(written.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
