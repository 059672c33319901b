package dev.meshcode.provider.schemaregistry;

import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.LiveSchemaText;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.Resource;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads a scope from the registry: per subject its latest version (as canonical text, type and
 * references) and its subject-level compatibility. Orphans come from one subject listing filtered
 * by the owned prefixes; the same listing, when empty, spares the per-subject reads of versions (a
 * new environment: no subject has any). Apicurio answers an unset subject level with the global
 * one; that reading is reported as the subject's level, because it is the level the registry
 * enforces: a desired level equal to it is no change, a different one is an update that converges.
 */
final class LiveSubjects {

  private final SchemaRegistryClient client;
  private final int parallelism;

  /** Referenced schemas are shared by many subjects: each version's text is read once. */
  private final Map<String, Optional<String>> referencedText = new ConcurrentHashMap<>();

  LiveSubjects(SchemaRegistryClient client, int parallelism) {
    this.client = client;
    this.parallelism = parallelism;
  }

  LiveState read(ReadScope scope) {
    Map<String, Set<ResourceKind>> wanted = new TreeMap<>();
    for (ResourceAddress a : scope.addresses()) {
      wanted.computeIfAbsent(a.name(), k -> EnumSet.noneOf(ResourceKind.class)).add(a.kind());
    }
    boolean schemas = wanted.values().stream().anyMatch(k -> k.contains(ResourceKind.SCHEMA));
    List<String> listed = scope.prefixes().isEmpty() && !schemas ? List.of() : listSubjects();
    for (String subject : listed) {
      for (OwnedPrefix p : scope.prefixes()) {
        if (p.owns(new ResourceAddress(p.kind(), subject))) {
          wanted.computeIfAbsent(subject, k -> EnumSet.noneOf(ResourceKind.class)).add(p.kind());
        }
      }
    }
    if (listed.isEmpty()) {
      // No subject has a version (an empty listing cannot be a truncated one): reading each
      // subject's latest version would only collect 404s. Subject levels can exist without
      // versions, so they are still read.
      wanted.values().forEach(kinds -> kinds.remove(ResourceKind.SCHEMA));
    }
    List<Resource> found = new ArrayList<>();
    RegistryBatch.run(wanted.keySet(), parallelism, s -> readSubject(s, wanted.get(s)))
        .forEach(
            (subject, outcome) -> {
              if (outcome instanceof RegistryBatch.Outcome.Failed<List<Resource>> failed) {
                throw SchemaRegistryProvider.fault("read of subject " + subject, failed.error());
              }
              found.addAll(((RegistryBatch.Outcome.Done<List<Resource>>) outcome).value());
            });
    return LiveState.of(found);
  }

  private List<String> listSubjects() {
    try {
      return client.subjects();
    } catch (RegistryException e) {
      throw SchemaRegistryProvider.fault("subject listing", e);
    }
  }

  private List<Resource> readSubject(String subject, Set<ResourceKind> kinds) {
    List<Resource> out = new ArrayList<>();
    if (kinds.contains(ResourceKind.SCHEMA_SUBJECT_CONFIG)) {
      client
          .subjectCompatibility(subject)
          .map(level -> Map.of(Attributes.COMPATIBILITY, level.name()))
          .map(attributes -> resource(ResourceKind.SCHEMA_SUBJECT_CONFIG, subject, attributes))
          .ifPresent(out::add);
    }
    if (kinds.contains(ResourceKind.SCHEMA)) {
      client
          .latest(subject)
          .map(this::schemaAttributes)
          .map(attributes -> resource(ResourceKind.SCHEMA, subject, attributes))
          .ifPresent(out::add);
    }
    return out;
  }

  private Map<String, String> schemaAttributes(SubjectVersion latest) {
    SchemaDefinition d = latest.definition();
    List<LiveSchemaText.Referenced> referenced = new ArrayList<>();
    for (SchemaReference r : d.references()) {
      text(r)
          .ifPresent(t -> referenced.add(new LiveSchemaText.Referenced(r.name(), r.subject(), t)));
    }
    String canonical =
        LiveSchemaText.canonical(d.type().name(), d.schema(), referenced).orElse(d.schema());
    String references =
        d.references().stream()
            .map(r -> r.name() + "=" + r.subject())
            .collect(Collectors.joining(", "));
    return Map.of(
        Attributes.SCHEMA_TYPE, d.type().name(),
        Attributes.SCHEMA, canonical,
        Attributes.REFERENCES, references);
  }

  private Optional<String> text(SchemaReference r) {
    return referencedText.computeIfAbsent(
        r.subject() + "\n" + r.version(),
        k -> client.version(r.subject(), r.version()).map(v -> v.definition().schema()));
  }

  private static Resource resource(ResourceKind kind, String subject, Map<String, String> attrs) {
    return new Resource(new ResourceAddress(kind, subject), Optional.empty(), attrs);
  }
}
