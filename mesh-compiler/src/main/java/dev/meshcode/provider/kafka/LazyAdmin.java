package dev.meshcode.provider.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.network.ChannelBuilder;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.LogContext;

/**
 * The AdminClient, created on first use. A plan reads through connections of its own ({@link
 * BrokerChannel}) and needs the Admin only in rare cases (a topic created a moment ago, the
 * ownership log): creating it anyway cost a cold JVM about 1,000 more classes (its JMX reporting
 * among them), a network thread, and two requests to the broker. Thread-safe.
 *
 * <p>A configuration the client cannot run with (a key store that does not open with its password)
 * still fails when the provider is set up: {@link #check} builds, and closes, the channel builder
 * that opens the key stores, without connecting anywhere.
 */
final class LazyAdmin implements AutoCloseable {

  private final Map<String, Object> config;
  private final Function<RuntimeException, KafkaProviderException> cannotSetUp;
  private Admin admin;
  private boolean closed;

  LazyAdmin(
      Map<String, Object> config, Function<RuntimeException, KafkaProviderException> cannotSetUp) {
    this.config = Map.copyOf(config);
    this.cannotSetUp = cannotSetUp;
  }

  /**
   * Checks that a client can be set up with {@code config}.
   *
   * @throws KafkaException or {@link IllegalArgumentException} naming why not
   */
  static void check(Map<String, Object> config) {
    BrokerChannel.bootstrapNodes(config);
    BrokerChannel.QuietConfig parsed = new BrokerChannel.QuietConfig(config);
    ChannelBuilder channels =
        ClientUtils.createChannelBuilder(parsed, Time.SYSTEM, new LogContext("[meshcode check] "));
    try {
      channels.close();
    } catch (RuntimeException e) {
      // Closing a builder that never connected has nothing to release.
    }
  }

  synchronized Admin get() {
    if (closed) {
      throw new IllegalStateException("the Kafka provider is closed");
    }
    if (admin == null) {
      try {
        admin = Admin.create(config);
      } catch (KafkaException | IllegalArgumentException e) {
        throw cannotSetUp.apply(e);
      }
    }
    return admin;
  }

  /** The Admin's {@code request-total} so far; 0 when it was never created. */
  synchronized long requestTotal() {
    if (admin == null) {
      return 0;
    }
    for (Map.Entry<MetricName, ? extends Metric> metric : admin.metrics().entrySet()) {
      MetricName name = metric.getKey();
      if (name.name().equals("request-total") && name.group().equals("admin-client-metrics")) {
        return (long) ((Number) metric.getValue().metricValue()).doubleValue();
      }
    }
    return 0;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }
}
