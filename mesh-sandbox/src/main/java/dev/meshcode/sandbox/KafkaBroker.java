package dev.meshcode.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A real Apache Kafka cluster (KRaft, every node broker and controller) in forked JVMs on free
 * loopback ports, with its data in a directory the caller chooses. The first start formats the
 * storage; later starts reuse it (and the previous ports when they are still free), so topics
 * survive a restart. The state file in the data directory lets another JVM {@link #stop(Path)} it.
 */
public final class KafkaBroker implements AutoCloseable {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Path dataDir;
  private final KafkaBrokerState state;
  private final List<ProcessHandle> processes;

  /**
   * Strong references to the forked processes: a tied broker exits when its stdin closes, which
   * would also happen if a garbage-collected {@link Process} closed its pipe.
   */
  @SuppressWarnings("unused")
  private final List<Process> owned;

  private KafkaBroker(
      Path dataDir, KafkaBrokerState state, List<ProcessHandle> processes, List<Process> owned) {
    this.dataDir = dataDir;
    this.state = state;
    this.processes = List.copyOf(processes);
    this.owned = List.copyOf(owned);
  }

  /**
   * Starts the cluster and waits until every node answers; if the data directory's cluster is
   * already running, returns it instead of starting a second one.
   */
  public static KafkaBroker start(KafkaBrokerOptions options) {
    Path dataDir = options.dataDir();
    createDirectory(dataDir);
    Optional<KafkaBrokerState> previous = KafkaBrokerState.read(dataDir);
    if (previous.isPresent()) {
      requireSameSize(previous.get(), options);
      List<ProcessHandle> alive = alive(previous.get());
      if (alive.size() == options.nodes()) {
        KafkaReadiness.await(
            previous.get(), alive, dataDir, options.startTimeout(), options.security());
        return new KafkaBroker(dataDir, previous.get(), alive, List.of());
      }
      KafkaProcesses.stop(alive, STOP_TIMEOUT);
    }
    KafkaStorage.requireUnused(dataDir, previous.map(KafkaBrokerState::nodes).orElse(List.of()));
    List<KafkaNode> nodes = choosePorts(previous, options.nodes(), options.preferredPort());
    nodes.forEach(node -> KafkaNodeConfig.write(dataDir, node, nodes, options.security()));
    String clusterId = KafkaStorage.clusterId(dataDir, nodes);
    KafkaStorage.formatMissing(options, nodes, clusterId);
    return launch(options, nodes, clusterId);
  }

  private static KafkaBroker launch(
      KafkaBrokerOptions options, List<KafkaNode> nodes, String clusterId) {
    Path dataDir = options.dataDir();
    List<Process> started = new ArrayList<>();
    for (KafkaNode node : nodes) {
      List<String> command =
          KafkaProcesses.java(options, options.jvmOptions(), options.tiedToThisJvm());
      command.add(options.tiedToThisJvm() ? KafkaBrokerWatchdog.class.getName() : "kafka.Kafka");
      command.add(node.configFile(dataDir).toString());
      started.add(
          KafkaProcesses.launch(
              options.tiedToThisJvm() ? command : KafkaProcesses.detached(command),
              node.logFile(dataDir),
              dataDir));
    }
    List<ProcessHandle> handles =
        started.stream().map(Process::toHandle).collect(Collectors.toList());
    KafkaBrokerState state =
        new KafkaBrokerState(
            clusterId,
            nodes,
            handles.stream().map(ProcessHandle::pid).collect(Collectors.toList()),
            handles.stream().map(KafkaProcesses::startedAt).collect(Collectors.toList()));
    state.write(dataDir);
    try {
      KafkaReadiness.await(state, handles, dataDir, options.startTimeout(), options.security());
    } catch (RuntimeException e) {
      KafkaProcesses.stop(handles, STOP_TIMEOUT);
      markStopped(dataDir, state);
      throw e;
    }
    return new KafkaBroker(dataDir, state, handles, started);
  }

  /**
   * Stops the cluster recorded in {@code dataDir} by whichever JVM started it.
   *
   * @return how many node processes were running and are now stopped
   */
  public static int stop(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Optional<KafkaBrokerState> state = KafkaBrokerState.read(dir);
    if (state.isEmpty()) {
      return 0;
    }
    List<ProcessHandle> alive = alive(state.get());
    KafkaProcesses.stop(alive, STOP_TIMEOUT);
    markStopped(dir, state.get());
    return alive.size();
  }

  /** The recorded state of the cluster in {@code dataDir}, if it was ever started. */
  public static Optional<KafkaBrokerState> status(Path dataDir) {
    return KafkaBrokerState.read(dataDir.toAbsolutePath().normalize());
  }

  /** How many nodes of the cluster recorded in {@code dataDir} are running now. */
  public static int runningNodes(Path dataDir) {
    return status(dataDir).map(state -> alive(state).size()).orElse(0);
  }

  /** Comma-separated {@code 127.0.0.1:port} of every node. */
  public String bootstrap() {
    return state.bootstrap();
  }

  public KafkaBrokerState state() {
    return state;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * The nodes' processes, for a caller that watches them (the benchmark waits for them to idle).
   */
  public List<ProcessHandle> processes() {
    return processes;
  }

  public boolean isRunning() {
    return processes.stream().allMatch(ProcessHandle::isAlive);
  }

  /** Stops every node (SIGTERM, then SIGKILL after 30 s) and keeps the data. */
  public void stop() {
    KafkaProcesses.stop(processes, STOP_TIMEOUT);
    markStopped(dataDir, state);
  }

  @Override
  public void close() {
    stop();
  }

  private static List<ProcessHandle> alive(KafkaBrokerState state) {
    List<ProcessHandle> alive = new ArrayList<>();
    for (int i = 0; i < state.nodes().size(); i++) {
      KafkaProcesses.find(state.pids().get(i), state.startedAt().get(i)).ifPresent(alive::add);
    }
    return alive;
  }

  /**
   * The ports of the last run when they are all free (a restart keeps its addresses), else fresh
   * free ones; either way the first node listens on {@code preferred} when that port is free.
   */
  private static List<KafkaNode> choosePorts(
      Optional<KafkaBrokerState> previous, int count, int preferred) {
    List<KafkaNode> nodes =
        previous
            .filter(
                p ->
                    p.nodes().stream()
                        .allMatch(
                            n ->
                                LoopbackPorts.isFree(n.port())
                                    && LoopbackPorts.isFree(n.controllerPort())))
            .map(KafkaBrokerState::nodes)
            .orElseGet(() -> freshPorts(count));
    boolean taken =
        nodes.stream().anyMatch(n -> n.port() == preferred || n.controllerPort() == preferred);
    if (preferred == 0 || taken || !LoopbackPorts.isFree(preferred)) {
      return nodes;
    }
    List<KafkaNode> preferring = new ArrayList<>(nodes);
    KafkaNode first = nodes.get(0);
    preferring.set(0, new KafkaNode(first.id(), preferred, first.controllerPort()));
    return preferring;
  }

  private static List<KafkaNode> freshPorts(int count) {
    List<Integer> ports = LoopbackPorts.free(2 * count);
    List<KafkaNode> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      nodes.add(new KafkaNode(i + 1, ports.get(2 * i), ports.get(2 * i + 1)));
    }
    return nodes;
  }

  private static void requireSameSize(KafkaBrokerState previous, KafkaBrokerOptions options) {
    if (previous.nodes().size() != options.nodes()) {
      throw new KafkaBrokerException(
          options.dataDir()
              + " holds a cluster of "
              + previous.nodes().size()
              + " nodes, not "
              + options.nodes()
              + "; start it with that many nodes or delete the directory");
    }
  }

  private static void markStopped(Path dataDir, KafkaBrokerState state) {
    state.stopped().write(dataDir);
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot create the Kafka data directory " + dir, e);
    }
  }
}
