package dev.meshcode.maven;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sandbox} Environment document, {@code environments/sandbox.yaml}, kept pointing at the
 * running sandbox. A missing file is written in full; an existing one keeps every byte except the
 * values of {@code kafka.bootstrapServers} and {@code schemaRegistry.url}, so hand-written
 * overrides and comments survive. Nothing is written when the addresses are already right.
 */
final class SandboxEnvironmentFile {

  /** What {@link #refresh} did to the file. */
  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  private static final Pattern SECTION = Pattern.compile("^([A-Za-z][A-Za-z0-9]*):\\s*(#.*)?$");
  private static final Pattern ENTRY =
      Pattern.compile("^(\\s+)([A-Za-z]+)(:[ \\t]*)(.*?)([ \\t]+#.*)?$");

  private SandboxEnvironmentFile() {}

  static Outcome refresh(Path file, SandboxEndpoints endpoints) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated(endpoints), StandardCharsets.UTF_8);
      return Outcome.CREATED;
    }
    String before = Files.readString(file, StandardCharsets.UTF_8);
    String after =
        updated(before, endpoints)
            .orElseThrow(() -> new IllegalArgumentException(missingKeysMessage(file)));
    if (after.equals(before)) {
      return Outcome.UNCHANGED;
    }
    Files.writeString(file, after, StandardCharsets.UTF_8);
    return Outcome.UPDATED;
  }

  /** A complete Environment for the sandbox: one replica per broker at most. */
  static String generated(SandboxEndpoints endpoints) {
    int brokers = endpoints.brokers();
    return "# Written by mvn mesh:sandbox-start because this file was missing. Later starts change"
        + " only\n"
        + "# kafka.bootstrapServers and schemaRegistry.url (when the ports change); edit the rest"
        + " freely.\n"
        + "apiVersion: meshcode.dev/v1\n"
        + "kind: Environment\n"
        + "name: sandbox\n"
        + "description: Kafka and Apicurio Registry on this machine, started by mvn"
        + " mesh:sandbox-start.\n"
        + "kafka:\n"
        + "  bootstrapServers: "
        + endpoints.kafkaBootstrap()
        + "\n"
        + "schemaRegistry:\n"
        + "  url: "
        + endpoints.registryUrl()
        + "\n"
        + "overrides:\n"
        + "  maxReplicationFactor: "
        + brokers
        + "\n"
        + "  maxMinInsyncReplicas: "
        + Math.max(1, brokers - 1)
        + "\n";
  }

  /**
   * {@code text} with the two addresses replaced, or empty when it does not hold both keys in block
   * style ({@code kafka:} then an indented {@code bootstrapServers:} line, likewise {@code
   * schemaRegistry:} and {@code url:}).
   */
  static Optional<String> updated(String text, SandboxEndpoints endpoints) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    boolean kafka = replace(lines, "kafka", "bootstrapServers", endpoints.kafkaBootstrap());
    boolean registry = replace(lines, "schemaRegistry", "url", endpoints.registryUrl());
    return kafka && registry ? Optional.of(String.join("\n", lines)) : Optional.empty();
  }

  /**
   * The ports the file declares for Kafka's first broker and for the registry, when they are on
   * this machine: the sandbox prefers them, so a start on a free machine leaves the file as it is.
   */
  static Preferred preferredPorts(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new Preferred(0, 0);
    }
    List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    int kafka =
        find(lines, "kafka", "bootstrapServers")
            .map(i -> value(lines.get(i)))
            .map(v -> localPort("//" + v.split(",")[0].trim()))
            .orElse(0);
    int registry =
        find(lines, "schemaRegistry", "url")
            .map(i -> value(lines.get(i)))
            .map(SandboxEnvironmentFile::localPort)
            .orElse(0);
    return new Preferred(kafka, registry);
  }

  /** Ports to prefer; 0 where the file declares none on this machine. */
  record Preferred(int kafka, int registry) {}

  /** Replaces the value of {@code key} directly under top-level {@code section}. */
  private static boolean replace(List<String> lines, String section, String key, String value) {
    Optional<Integer> found = find(lines, section, key);
    if (found.isEmpty()) {
      return false;
    }
    int i = found.get();
    Matcher entry = ENTRY.matcher(lines.get(i).replace("\r", ""));
    if (!entry.matches() || sameAddress(entry.group(4), value)) {
      return true;
    }
    String comment = Optional.ofNullable(entry.group(5)).orElse("");
    String eol = lines.get(i).endsWith("\r") ? "\r" : "";
    lines.set(i, entry.group(1) + key + entry.group(3) + value + comment + eol);
    return true;
  }

  /** The line of {@code key} directly under top-level {@code section}. */
  private static Optional<Integer> find(List<String> lines, String section, String key) {
    String current = "";
    int childIndent = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\r", "");
      if (startsTopLevelKey(line)) {
        Matcher top = SECTION.matcher(line);
        current = top.matches() ? top.group(1) : "";
        childIndent = -1;
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!current.equals(section) || !entry.matches()) {
        continue;
      }
      int indent = entry.group(1).length();
      childIndent = childIndent < 0 ? indent : childIndent;
      if (indent == childIndent && entry.group(2).equals(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static String value(String line) {
    Matcher entry = ENTRY.matcher(line.replace("\r", ""));
    return entry.matches() ? unquoted(entry.group(4)) : "";
  }

  private static String unquoted(String value) {
    String v = value.trim();
    boolean quoted =
        v.length() >= 2
            && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
    return quoted ? v.substring(1, v.length() - 1) : v;
  }

  /** {@code localhost} and {@code 127.0.0.1} name the same sandbox: no rewrite for that alone. */
  static boolean sameAddress(String declared, String actual) {
    return loopback(unquoted(declared)).equals(loopback(unquoted(actual)));
  }

  private static String loopback(String address) {
    return address.replace("localhost", "127.0.0.1");
  }

  private static int localPort(String address) {
    try {
      URI uri = URI.create(address);
      boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
      return local ? Math.max(uri.getPort(), 0) : 0;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private static boolean startsTopLevelKey(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#';
  }

  static String missingKeysMessage(Path file) {
    return "The sandbox cannot record its addresses in "
        + file
        + ": it needs the lines 'kafka:' + '  bootstrapServers: ...' and 'schemaRegistry:' + '  url:"
        + " ...' in block style. Write them so, or delete the file to have it generated.";
  }
}
