package dev.meshcode.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The Kafka AdminClient's own count of the requests it sent, from its JMX metric {@code
 * kafka.admin.client:type=admin-client-metrics,client-id=*} {@code request-total}, summed over the
 * admin clients alive in this JVM. It counts every request on the wire (metadata and API-version
 * requests included), not just the adapter's calls. Read it before the clients are closed: closing
 * unregisters the metric.
 */
final class AdminRequests {

  private static final String PATTERN = "kafka.admin.client:type=admin-client-metrics,client-id=*";

  private AdminRequests() {}

  /** The sum, or empty when no admin client exposes the metric. */
  static Optional<Long> total() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      Set<ObjectName> names = server.queryNames(new ObjectName(PATTERN), null);
      if (names.isEmpty()) {
        return Optional.empty();
      }
      double sum = 0;
      for (ObjectName name : names) {
        Object value = server.getAttribute(name, "request-total");
        if (value instanceof Number n) {
          sum += n.doubleValue();
        }
      }
      return Optional.of(Math.round(sum));
    } catch (JMException e) {
      return Optional.empty();
    }
  }

  static String format(Optional<Long> count) {
    return count.map(String::valueOf).orElse("n/a (no admin-client JMX metric)");
  }
}
