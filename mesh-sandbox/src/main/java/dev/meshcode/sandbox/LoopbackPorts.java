package dev.meshcode.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Free ports on 127.0.0.1, for the servers of the sandbox and the tests: chosen by the operating
 * system, or checked before a server is asked to take one.
 */
public final class LoopbackPorts {
  private LoopbackPorts() {}

  /** {@code count} distinct free ports. */
  static List<Integer> free(int count) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> ports = new ArrayList<>();
    // Hold all sockets open until every port is chosen, so the OS hands out distinct ones.
    List<ServerSocket> held = new ArrayList<>();
    try {
      while (ports.size() < count) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        if (seen.add(socket.getLocalPort())) {
          ports.add(socket.getLocalPort());
        }
      }
      return ports;
    } catch (IOException e) {
      throw new KafkaBrokerException("cannot find a free port on 127.0.0.1", e);
    } finally {
      held.forEach(LoopbackPorts::closeQuietly);
    }
  }

  /** True when nothing listens on the port, so a restart may reuse it. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a listening socket that never accepted cannot fail in a way that matters.
    }
  }
}
