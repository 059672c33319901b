package dev.meshcode.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small mesh on disk with one product (a topic and an Avro schema) and a sandbox environment. */
final class LiveMeshes {

  static final Map<String, String> FILES =
      Map.of(
          "mesh.yaml",
          "apiVersion: meshcode.dev/v1\nkind: Mesh\nname: plugin-test\n",
          "environments/sandbox.yaml",
          "apiVersion: meshcode.dev/v1\nkind: Environment\nname: sandbox\n"
              + "kafka:\n  bootstrapServers: 127.0.0.1:9092\n"
              + "schemaRegistry:\n  url: http://127.0.0.1:8081\n",
          "domains/trading/domain.yaml",
          "apiVersion: meshcode.dev/v1\nkind: Domain\nname: trading\n"
              + "description: Trades.\nowners: [\"@trading-team\"]\n",
          "domains/trading/trades/product.yaml",
          "apiVersion: meshcode.dev/v1\nkind: DataProduct\nname: trades\ndomain: trading\n"
              + "owner: \"@trading-team\"\ndescription: Every executed trade.\n"
              + "quality: authoritative\nsla: tier-2\nlifecycle: { stage: published }\n"
              + "topic: { partitions: 3, replicationFactor: 3 }\n"
              + "schemas:\n  value: { file: trades.avsc }\n",
          "domains/trading/trades/trades.avsc",
          "{\"type\":\"record\",\"name\":\"Trade\",\"namespace\":\"t\","
              + "\"fields\":[{\"name\":\"symbol\",\"type\":\"string\"}]}\n");

  private LiveMeshes() {}

  static Path write(Path root) throws IOException {
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    return root;
  }
}
