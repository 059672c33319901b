package dev.meshcode.provider.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.kafka.clients.ApiVersions;
import org.apache.kafka.clients.BootstrapConfiguration;
import org.apache.kafka.clients.ClientRequest;
import org.apache.kafka.clients.ClientResponse;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.ManualMetadataUpdater;
import org.apache.kafka.clients.MetadataRecoveryStrategy;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.clients.NetworkClientUtils;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.message.DescribeConfigsRequestData;
import org.apache.kafka.common.message.DescribeConfigsRequestData.DescribeConfigsResource;
import org.apache.kafka.common.message.DescribeConfigsResponseData.DescribeConfigsResourceResult;
import org.apache.kafka.common.message.DescribeConfigsResponseData.DescribeConfigsResult;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.network.ChannelBuilder;
import org.apache.kafka.common.network.Selector;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.AbstractRequest;
import org.apache.kafka.common.requests.AbstractResponse;
import org.apache.kafka.common.requests.DescribeConfigsRequest;
import org.apache.kafka.common.requests.DescribeConfigsResponse;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.LogContext;

/**
 * A connection to one broker for the requests the Admin cannot make as a read needs them:
 * DescribeConfigs naming, per topic, the config keys wanted, and the one Metadata request for every
 * topic ({@link ClusterTopics}). The public {@code Admin.describeConfigs} has no key filter
 * (KAFKA-13517 was never merged), so it makes the broker answer every config of every topic: about
 * 37 entries a topic, 370,000 for 10,000 topics (measured on 2 cores: 0.9 to 1.8 s, 1.2 to 2.8 s of
 * broker CPU; once it ran a 384 MB test broker out of heap), while the plan compares only the
 * declared keys (2 a topic there: 20,000 entries, 0.25 to 0.3 s, 0.35 to 0.45 s of broker CPU). The
 * protocol has the filter since v0 ({@code ConfigurationKeys}), so this speaks it through
 * kafka-clients' own network layer. To the broker an empty key list means every key (checked on
 * 4.4), so a topic without keys must never be in a request.
 *
 * <p>That layer ({@link NetworkClient}, {@link Selector}, {@link ClientUtils#createChannelBuilder})
 * is kafka-clients' internal API, not a public one: the real-broker tests in mesh-sandbox ({@code
 * KafkaTopicConfigReadTest}, and the SASL_PLAINTEXT / SASL_SSL plan-apply tests) pin it for each
 * upgrade. The channel is built from the Admin's own configuration, so security protocol, SASL and
 * TLS settings apply exactly as they do to the Admin. Not thread-safe; one reader uses it, then
 * closes it.
 */
final class BrokerChannel implements AutoCloseable {

  /** What the broker said about one topic: an error, or the topic-level values of the keys. */
  record Answer(Errors error, String message, Map<String, String> values) {}

  private final NetworkClient client;
  private static final String METRIC_GROUP = "meshcode-broker-channel";

  private final Metrics metrics;
  private final KafkaRequestCounter counter;
  private final Node node;
  private final int requestTimeoutMs;
  private final Time time = Time.SYSTEM;

  private BrokerChannel(
      NetworkClient client,
      Metrics metrics,
      Node node,
      int timeoutMs,
      KafkaRequestCounter counter) {
    this.counter = counter;
    this.client = client;
    this.metrics = metrics;
    this.node = node;
    this.requestTimeoutMs = timeoutMs;
  }

  /**
   * Connects (and authenticates) to the first of {@code nodes} that is ready within what is left of
   * {@code timeout}.
   *
   * @throws IOException when no node could be reached
   * @throws KafkaException when the client cannot be set up or the login is refused
   */
  static BrokerChannel open(
      Map<String, Object> clientConfig,
      List<Node> nodes,
      Duration timeout,
      KafkaRequestCounter counter)
      throws IOException {
    AdminClientConfig config = new QuietConfig(clientConfig);
    Metrics metrics = new Metrics();
    NetworkClient client;
    try {
      client = networkClient(config, metrics, nodes);
    } catch (RuntimeException e) {
      metrics.close();
      throw e;
    }
    int requestTimeoutMs = config.getInt(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG);
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    IOException last = new IOException("no broker to ask for topic configs");
    for (Node node : nodes) {
      long left = Math.max(0, deadline - System.currentTimeMillis());
      try {
        if (NetworkClientUtils.awaitReady(client, node, Time.SYSTEM, left)) {
          return new BrokerChannel(client, metrics, node, requestTimeoutMs, counter);
        }
        last = new IOException("no connection to " + node.host() + ":" + node.port() + " in time");
      } catch (IOException e) {
        // Kafka's own message names the node by its internal id: say the address instead
        last = new IOException("no connection to " + node.host() + ":" + node.port(), e);
      } catch (RuntimeException e) {
        close(client, metrics);
        throw e;
      }
    }
    close(client, metrics);
    throw last;
  }

  /**
   * One DescribeConfigs request for every topic of {@code keys}, each naming its keys (never an
   * empty list: the broker reads that as every key). Only values set on the topic itself count
   * (source {@code TOPIC_CONFIG}): defaults are not the mesh's. A topic missing from the answer is
   * a {@link Errors#UNKNOWN_SERVER_ERROR}.
   *
   * @throws IOException when the connection dropped or the request timed out
   */
  Map<String, Answer> describe(Map<String, SortedSet<String>> keys) throws IOException {
    DescribeConfigsRequestData data =
        new DescribeConfigsRequestData().setIncludeSynonyms(false).setIncludeDocumentation(false);
    keys.forEach(
        (topic, wanted) ->
            data.resources()
                .add(
                    new DescribeConfigsResource()
                        .setResourceType(ConfigResource.Type.TOPIC.id())
                        .setResourceName(topic)
                        .setConfigurationKeys(new ArrayList<>(wanted))));
    DescribeConfigsResponse response =
        send(new DescribeConfigsRequest.Builder(data), DescribeConfigsResponse.class);
    Map<String, Answer> answers = new TreeMap<>();
    for (DescribeConfigsResult result : response.data().results()) {
      SortedSet<String> wanted = keys.get(result.resourceName());
      if (result.resourceType() == ConfigResource.Type.TOPIC.id() && wanted != null) {
        answers.put(result.resourceName(), answer(result, wanted));
      }
    }
    keys.keySet().stream()
        .filter(topic -> !answers.containsKey(topic))
        .forEach(
            topic ->
                answers.put(
                    topic,
                    new Answer(
                        Errors.UNKNOWN_SERVER_ERROR, "not in the broker's answer", Map.of())));
    return answers;
  }

  /**
   * One request on this connection, answered by the broker it is connected to.
   *
   * @throws IOException when the connection dropped or the request timed out
   */
  <R extends AbstractResponse> R send(AbstractRequest.Builder<?> builder, Class<R> answer)
      throws IOException {
    ClientRequest request =
        client.newClientRequest(
            node.idString(), builder, time.milliseconds(), true, requestTimeoutMs, null);
    ClientResponse response = NetworkClientUtils.sendAndReceive(client, request, time);
    return answer.cast(response.responseBody());
  }

  private static Answer answer(DescribeConfigsResult result, SortedSet<String> wanted) {
    Errors error = Errors.forCode(result.errorCode());
    if (error != Errors.NONE) {
      String message = result.errorMessage() == null ? error.message() : result.errorMessage();
      return new Answer(error, message, Map.of());
    }
    Map<String, String> values = new TreeMap<>();
    for (DescribeConfigsResourceResult entry : result.configs()) {
      if (entry.configSource() == DescribeConfigsResponse.ConfigSource.TOPIC_CONFIG.id()
          && entry.value() != null
          && wanted.contains(entry.name())) {
        values.put(entry.name(), entry.value());
      }
    }
    return new Answer(Errors.NONE, "", values);
  }

  /** The client as the AdminClient builds its own, talking only to {@code nodes}. */
  private static NetworkClient networkClient(
      AdminClientConfig config, Metrics metrics, List<Node> nodes) {
    LogContext logContext = new LogContext("[meshcode read] ");
    ChannelBuilder channels = ClientUtils.createChannelBuilder(config, Time.SYSTEM, logContext);
    try {
      Selector selector =
          new Selector(
              config.getLong(CommonClientConfigs.CONNECTIONS_MAX_IDLE_MS_CONFIG),
              metrics,
              Time.SYSTEM,
              METRIC_GROUP,
              channels,
              logContext);
      return new NetworkClient(
          selector,
          new ManualMetadataUpdater(nodes),
          config.getString(CommonClientConfigs.CLIENT_ID_CONFIG),
          1,
          config.getLong(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG),
          config.getLong(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG),
          config.getInt(CommonClientConfigs.SEND_BUFFER_CONFIG),
          config.getInt(CommonClientConfigs.RECEIVE_BUFFER_CONFIG),
          config.getInt(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG),
          config.getLong(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG),
          config.getLong(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG),
          Time.SYSTEM,
          true,
          new ApiVersions(),
          logContext,
          MetadataRecoveryStrategy.NONE,
          BootstrapConfiguration.DISABLED,
          false);
    } catch (RuntimeException e) {
      closeQuietly(channels);
      throw e;
    }
  }

  /**
   * Counts the requests this connection sent (its selector's {@code request-total}), then closes.
   */
  @Override
  public void close() {
    long sent = 0;
    for (Map.Entry<MetricName, ? extends Metric> metric : metrics.metrics().entrySet()) {
      // the selector's own total; the per-node groups repeat the same requests
      if (metric.getKey().name().equals("request-total")
          && metric.getKey().group().equals(METRIC_GROUP + "-metrics")
          && metric.getValue().metricValue() instanceof Number n) {
        sent += n.longValue();
      }
    }
    counter.recordWire(sent);
    close(client, metrics);
  }

  /**
   * The bootstrap servers of {@code clientConfig}, resolved as the Admin resolves them, as nodes
   * with negative ids (Kafka numbers bootstrap nodes so: never a broker's id).
   *
   * @throws KafkaException when none resolves ({@code ConfigException})
   */
  static List<Node> bootstrapNodes(Map<String, Object> clientConfig) {
    AdminClientConfig config = new QuietConfig(clientConfig);
    List<InetSocketAddress> addresses =
        ClientUtils.parseAndValidateAddresses(
            config.getList(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG),
            config.getString(CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG));
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      InetSocketAddress address = addresses.get(i);
      nodes.add(new Node(-(i + 1), address.getHostString(), address.getPort()));
    }
    return List.copyOf(nodes);
  }

  /** The Admin's configuration, not logged again: the Admin logged it when it was created. */
  static final class QuietConfig extends AdminClientConfig {
    QuietConfig(Map<String, Object> values) {
      super(values, false);
    }
  }

  /** Closing the client closes its selector and channel builder (and the SASL login with it). */
  private static void close(NetworkClient client, Metrics metrics) {
    try {
      client.close();
    } finally {
      metrics.close();
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Nothing to do: it was never used.
    }
  }
}
