package dev.meshcode.provider.schemaregistry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted Schema Registry on 127.0.0.1: each {@code "METHOD /path?query"} answers its queued
 * replies in turn (the last one repeats), as Confluent's documentation shows them. Unscripted calls
 * get Confluent's answer for an unknown endpoint. Records every request it saw.
 */
final class ConfluentFake implements AutoCloseable {

  record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
    static Reply json(int status, String body) {
      return new Reply(status, body, Map.of(), 0);
    }

    static Reply error(int status, int errorCode, String message) {
      return json(status, "{\"error_code\":" + errorCode + ",\"message\":\"" + message + "\"}");
    }

    Reply withHeader(String name, String value) {
      return new Reply(status, body, Map.of(name, value), delayMillis);
    }

    Reply delayed(long millis) {
      return new Reply(status, body, headers, millis);
    }
  }

  record Seen(String method, String target, String body, Map<String, List<String>> headers) {
    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst();
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(32);
  private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  ConfluentFake() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  ConfluentFake on(String methodAndTarget, Reply... replies) {
    script.put(methodAndTarget, new ArrayDeque<>(List.of(replies)));
    return this;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String target = ex.getRequestURI().getRawPath();
      if (ex.getRequestURI().getRawQuery() != null) {
        target += "?" + ex.getRequestURI().getRawQuery();
      }
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      seen.add(new Seen(ex.getRequestMethod(), target, body, Map.copyOf(ex.getRequestHeaders())));
      Reply reply = next(ex.getRequestMethod() + " " + target);
      // Counted before the answer goes out: once it has, the client may send its next request.
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(reply.delayMillis());
      } finally {
        inFlight.decrementAndGet();
      }
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ex.close();
    }
  }

  private Reply next(String key) {
    Deque<Reply> replies = script.get(key);
    if (replies == null) {
      return Reply.error(404, 404, "HTTP 404 Not Found");
    }
    synchronized (replies) {
      return replies.size() > 1 ? replies.poll() : replies.peek();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
