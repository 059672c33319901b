package dev.meshcode.benchmarks;

import java.util.stream.Collectors;

/** The streaming-SQL statement of a generated derived product, in its engine's dialect. */
final class QuerySql {

  private QuerySql() {}

  static String of(ProductPlan p) {
    return p.engine().equals("ksqldb") ? ksql(p) : flink(p);
  }

  private static String flink(ProductPlan p) {
    String sources =
        p.inputs().stream()
            .map(input -> "SELECT id, occurred_at, source, status FROM `" + input + "`")
            .collect(Collectors.joining("\nUNION ALL\n"));
    return "-- Computes "
        + p.id()
        + " from its inputs.\n"
        + "INSERT INTO `"
        + p.topic()
        + "`\n"
        + sources
        + ";\n";
  }

  private static String ksql(ProductPlan p) {
    String first = p.inputs().get(0);
    return "-- Computes "
        + p.id()
        + " from its inputs.\n"
        + "CREATE STREAM `"
        + p.topic()
        + "` WITH (KAFKA_TOPIC = '"
        + p.topic()
        + "') AS\n"
        + "  SELECT id, occurred_at, source, status\n"
        + "  FROM `"
        + first
        + "`\n"
        + "  WHERE status = 'ACTIVE'\n"
        + "  EMIT CHANGES;\n";
  }
}
