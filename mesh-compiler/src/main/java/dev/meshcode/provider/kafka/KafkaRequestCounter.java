package dev.meshcode.provider.kafka;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the calls the adapter makes, per API ({@code metadata}, {@code describeConfigs}, {@code
 * createTopics}, ...), the AdminClient's and those on its own connections. Each call is one batched
 * request for up to a batch of topics, so tests and the benchmark can assert that the count grows
 * with batches, never with topics. Thread-safe.
 */
public final class KafkaRequestCounter {
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final LongAdder ownConnections = new LongAdder();

  void record(String api) {
    calls.computeIfAbsent(api, key -> new LongAdder()).increment();
  }

  /** Requests sent on a connection of the adapter's own (the keyed config read), on the wire. */
  void recordWire(long requests) {
    ownConnections.add(requests);
  }

  /**
   * Requests the adapter sent on connections of its own, which the AdminClient's {@code
   * request-total} metric does not see: every one on the wire, version and login requests included.
   */
  public long ownConnectionRequests() {
    return ownConnections.sum();
  }

  public long count(String api) {
    LongAdder adder = calls.get(api);
    return adder == null ? 0 : adder.sum();
  }

  public long total() {
    return calls.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Calls per API, sorted by name. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    calls.forEach((api, adder) -> copy.put(api, adder.sum()));
    return copy;
  }

  @Override
  public String toString() {
    return "KafkaRequestCounter" + snapshot();
  }
}
