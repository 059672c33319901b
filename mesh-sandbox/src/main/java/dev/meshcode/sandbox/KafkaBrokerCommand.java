package dev.meshcode.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Command line for scripts and benchmarks, with this module's runtime classpath: {@code
 * KafkaBrokerCommand start|stop|status DATA_DIR [NODES]}. {@code start} leaves the cluster running
 * after this JVM exits and prints its bootstrap servers.
 */
public final class KafkaBrokerCommand {
  private KafkaBrokerCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    if (args.length < 2 || args.length > 3) {
      out.println("usage: KafkaBrokerCommand start|stop|status DATA_DIR [NODES]");
      return 2;
    }
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "start":
        int nodes = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        KafkaBroker broker = KafkaBroker.start(KafkaBrokerOptions.of(dir).withNodes(nodes));
        out.println("bootstrap=" + broker.bootstrap());
        return 0;
      case "stop":
        out.println("stopped " + KafkaBroker.stop(dir) + " node(s)");
        return 0;
      case "status":
        return status(dir, out);
      default:
        out.println("unknown command " + args[0] + "; use start, stop or status");
        return 2;
    }
  }

  private static int status(Path dir, PrintStream out) {
    Optional<KafkaBrokerState> state = KafkaBroker.status(dir);
    boolean running =
        state.isPresent() && KafkaBroker.runningNodes(dir) == state.get().nodes().size();
    out.println(
        state
            .map(s -> (running ? "running " : "stopped ") + "bootstrap=" + s.bootstrap())
            .orElse("never started in " + dir));
    return running ? 0 : 1;
  }
}
