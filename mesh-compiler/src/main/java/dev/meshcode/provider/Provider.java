package dev.meshcode.provider;

import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.ResourceKind;
import dev.meshcode.state.LiveState;
import dev.meshcode.state.ReadScope;
import java.util.List;
import java.util.Set;

/**
 * The adapter to one external system: the only code that does network I/O. A provider reads and
 * writes; it never diffs (the planner does) and never decides order (the applier does).
 *
 * <p>Contract every implementation follows (and the provider contract tests check):
 *
 * <ul>
 *   <li>{@link #read} reads exactly the addresses in scope plus whatever exists under the scope's
 *       owned prefixes, in batches whose number does not grow with the number of resources. It
 *       reports each existing resource with the attributes of {@code dev.meshcode.resource
 *       .Attributes} in the planner's form: numbers in decimal, a topic's configs as {@code
 *       config.<key>} for every key whose value is set on the topic (Kafka's source {@code
 *       DYNAMIC_TOPIC_CONFIG}; reporting others too is allowed, they are compared only when
 *       declared), a schema as its latest version's canonical text (see {@code
 *       dev.meshcode.schema.ParsedSchema#canonical}) with its type and references. An address in
 *       scope that does not exist is simply absent.
 *   <li>{@link #apply} executes a batch of changes of one kind, all of this provider's system, in
 *       the given order (a referenced schema comes before the schema using it), and returns one
 *       outcome per change, in any order. One failing change does not fail the others. Creating
 *       what already exists with the desired attributes is success, so re-running converges. A
 *       change takes its values from {@link ResourceChange#desired()} (create, update) and the
 *       changed attributes from {@link ResourceChange#attributeChanges()} (an update of a topic
 *       alters only those configs, and adds partitions when {@code partitions} changes).
 *   <li>Unexpected faults (unreachable system, authentication) throw {@link ProviderException}; the
 *       applier then marks the whole batch failed with its message. Messages never contain a
 *       credential.
 * </ul>
 */
public interface Provider {

  /** The system's name, as {@link ResourceKind#system()} spells it: {@code kafka}. */
  String system();

  /** The kinds this provider reads and applies. */
  Set<ResourceKind> kinds();

  /** The live state of {@code scope} (already narrowed to {@link #kinds()}). */
  LiveState read(ReadScope scope);

  /** Executes {@code batch} (changes of one kind) and reports an outcome per change. */
  List<ChangeOutcome> apply(List<ResourceChange> batch);
}
