package dev.meshcode.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one real Kafka broker for the whole test run, shared by every test class that uses
 * {@code @ExtendWith(KafkaBrokerExtension.class)} and declares a {@link KafkaBroker} parameter. It
 * starts on first use with fresh data under {@code target/kafka-test-broker}, tied to the test JVM,
 * and stops when the run ends (JUnit closes the root store). Tests share the broker, so each test
 * uses topic names of its own.
 *
 * <p>System property {@code meshcode.test.kafka.nodes} asks for more nodes (default 1).
 */
public final class KafkaBrokerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return broker(context);
  }

  /** The run's broker, started on first call. */
  public static KafkaBroker broker(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Shared.class, key -> Shared.start(), Shared.class)
        .broker;
  }

  /** Closed by JUnit at the end of the run: it stops the broker. */
  private static final class Shared implements AutoCloseable {
    private final KafkaBroker broker;

    private Shared(KafkaBroker broker) {
      this.broker = broker;
    }

    static Shared start() {
      Path dir = Path.of("target", "kafka-test-broker").toAbsolutePath();
      KafkaBroker.stop(dir);
      deleteRecursively(dir);
      int nodes = Integer.getInteger("meshcode.test.kafka.nodes", 1);
      return new Shared(
          KafkaBroker.start(KafkaBrokerOptions.of(dir).withNodes(nodes).tiedToThisJvm(true)));
    }

    @Override
    public void close() {
      broker.stop();
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot delete the old test broker data in " + dir, e);
    }
  }
}
