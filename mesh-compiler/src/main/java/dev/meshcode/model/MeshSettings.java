package dev.meshcode.model;

import java.util.List;
import java.util.Map;

/**
 * The {@code Mesh} document: name, conventions and defaults every product inherits.
 *
 * @param topicNaming template for topic names not written in a product, with the placeholders
 *     {@code {domain}} and {@code {product}}; for example {@code {domain}.{product}}
 * @param include folders (relative to the mesh root) searched for descriptors
 */
public record MeshSettings(
    String name,
    String description,
    String topicNaming,
    SubjectNaming subjectNaming,
    TopicDefaults topicDefaults,
    Compatibility defaultCompatibility,
    List<String> include,
    Origin origin) {

  public MeshSettings {
    include = List.copyOf(include);
  }

  /** Defaults for topics; a product's own values win, configs are merged key by key. */
  public record TopicDefaults(int partitions, int replicationFactor, Map<String, String> configs) {
    public TopicDefaults {
      configs = Map.copyOf(configs);
    }
  }
}
