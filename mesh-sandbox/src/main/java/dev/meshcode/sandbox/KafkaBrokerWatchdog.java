package dev.meshcode.sandbox;

import java.io.IOException;
import java.io.InputStream;

/**
 * Main class of a broker tied to the JVM that launched it: runs {@code kafka.Kafka} and exits as
 * soon as its standard input closes, which happens when the launching JVM ends in any way (even
 * {@code kill -9}). So a killed test run cannot leave a broker behind.
 */
public final class KafkaBrokerWatchdog {
  private KafkaBrokerWatchdog() {}

  public static void main(String[] args) {
    Thread watch = new Thread(KafkaBrokerWatchdog::exitWhenStdinCloses, "stdin-watchdog");
    watch.setDaemon(true);
    watch.start();
    kafka.Kafka.main(args);
  }

  private static void exitWhenStdinCloses() {
    InputStream in = System.in;
    try {
      while (in.read() >= 0) {
        // The launcher never writes; any byte is ignored.
      }
    } catch (IOException e) {
      // A broken pipe means the launcher is gone, exactly like end of input.
    }
    // Runs Kafka's shutdown hook: a clean stop, so the data stays usable.
    Runtime.getRuntime().exit(0);
  }
}
