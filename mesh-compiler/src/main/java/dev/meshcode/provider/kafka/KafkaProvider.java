package dev.meshcode.provider.kafka;

import dev.meshcode.plan.ResourceChange;
import dev.meshcode.provider.ChangeOutcome;
import dev.meshcode.provider.OwnershipRecord;
import dev.meshcode.provider.Provider;
import dev.meshcode.provider.ProviderException;
import dev.meshcode.resource.Attributes;
import dev.meshcode.resource.OwnedPrefix;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Kafka provider: the port's view of {@link KafkaTopics}. A read is one batched {@link
 * KafkaTopics#read} of the scope's names and owned prefixes, asking only for the config keys the
 * plan compares; an apply maps each change to the adapter's batched calls (see {@link TopicApply}).
 * A topic Kafka could not describe fails the read (it is never reported as missing, which would
 * plan a create of what exists).
 */
public final class KafkaProvider implements Provider, OwnershipRecord, AutoCloseable {

  static final String SYSTEM = "kafka";

  private final TopicClient topics;

  KafkaProvider(TopicClient topics) {
    this.topics = topics;
  }

  /**
   * Connects with {@code connection}, and starts listing the cluster's topics for the first read: a
   * provider is set up only once the mesh validated, while the mesh is lowered, so the cluster
   * answers meanwhile.
   */
  public static KafkaProvider connect(KafkaConnection connection, KafkaTopicsOptions options) {
    KafkaTopics topics = guard("connect", () -> KafkaTopics.connect(connection, options));
    topics.prefetchListing();
    return new KafkaProvider(topics);
  }

  /**
   * Connects (lazily) with Kafka client properties, which must hold {@code bootstrap.servers}; the
   * others (security.protocol, sasl.*, ssl.*) go to the AdminClient as they are.
   */
  public static KafkaProvider connect(Map<String, String> clientProperties) {
    Map<String, String> rest = new HashMap<>(clientProperties);
    String bootstrap = rest.remove("bootstrap.servers");
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new ProviderException(
          SYSTEM, "connect", "no bootstrap.servers in the client properties", null);
    }
    return connect(
        new KafkaConnection(bootstrap.trim(), rest, Optional.empty()),
        KafkaTopicsOptions.defaults());
  }

  @Override
  public String system() {
    return SYSTEM;
  }

  @Override
  public Set<ResourceKind> kinds() {
    return Set.of(ResourceKind.KAFKA_TOPIC);
  }

  @Override
  public LiveState read(ReadScope scope) {
    Set<String> names = new TreeSet<>();
    Map<String, SortedSet<String>> configKeys = new TreeMap<>();
    for (ResourceAddress address : scope.addresses()) {
      if (address.kind() == ResourceKind.KAFKA_TOPIC) {
        names.add(address.name());
        configKeys.put(address.name(), configKeys(scope.attributes(address)));
      }
    }
    Set<String> prefixes = new TreeSet<>();
    for (OwnedPrefix prefix : scope.prefixes()) {
      if (prefix.kind() == ResourceKind.KAFKA_TOPIC) {
        prefixes.add(prefix.prefix());
      }
    }
    if (names.isEmpty() && prefixes.isEmpty()) {
      return LiveState.empty();
    }
    TopicRead read = guard("read", () -> topics.read(new TopicScope(names, prefixes, configKeys)));
    if (!read.failures().isEmpty()) {
      TopicOutcome first = read.failures().get(0);
      throw new ProviderException(
          SYSTEM,
          "read",
          read.failures().size()
              + " topic(s) could not be described, first "
              + first.topic()
              + ": "
              + first.message(),
          null);
    }
    return LiveState.of(read.topics().values().stream().map(TopicResources::resource).toList());
  }

  /** The Kafka config keys among the attributes the plan compares ({@code config.<key>}). */
  private static SortedSet<String> configKeys(Set<String> attributes) {
    SortedSet<String> keys = new TreeSet<>();
    attributes.forEach(a -> Attributes.configKey(a).ifPresent(keys::add));
    return keys;
  }

  /**
   * The ownership log keeps, next to the topics meshcode created, what else it created in this
   * environment (schema subjects), under {@code <kind>:<name>}: the one record of the environment.
   */
  @Override
  public Set<String> owned(ResourceKind kind) {
    String prefix = ownershipPrefix(kind);
    return guard(
        "read ownership",
        () ->
            topics.ownershipKeys().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Override
  public void record(ResourceKind kind, Collection<String> names) {
    guard("record ownership", () -> write(ownershipKeys(kind, names), true));
  }

  @Override
  public void forget(ResourceKind kind, Collection<String> names) {
    guard("record ownership", () -> write(ownershipKeys(kind, names), false));
  }

  private Boolean write(List<String> keys, boolean created) {
    topics.writeOwnership(keys, created);
    return Boolean.TRUE;
  }

  private static String ownershipPrefix(ResourceKind kind) {
    if (kind == ResourceKind.KAFKA_TOPIC) {
      throw new IllegalArgumentException("topics are recorded by the Kafka adapter itself");
    }
    return kind.name().toLowerCase(Locale.ROOT) + ":";
  }

  private static List<String> ownershipKeys(ResourceKind kind, Collection<String> names) {
    String prefix = ownershipPrefix(kind);
    return names.stream().map(n -> prefix + n).toList();
  }

  @Override
  public List<ChangeOutcome> apply(List<ResourceChange> batch) {
    return guard("apply", () -> new TopicApply(topics).apply(batch));
  }

  /**
   * Requests this provider sent to Kafka on the wire so far, every one (metadata, versions, logins
   * included); what the benchmark reports per plan.
   */
  public long wireRequests() {
    return topics.wireRequests();
  }

  @Override
  public void close() {
    topics.close();
  }

  /** A fault of a whole call becomes the port's exception; its message is already redacted. */
  private static <T> T guard(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (KafkaProviderException e) {
      throw new ProviderException(SYSTEM, operation, e.getMessage(), e);
    }
  }
}
