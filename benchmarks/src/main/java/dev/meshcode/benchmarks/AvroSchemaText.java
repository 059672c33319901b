package dev.meshcode.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Avro schemas for generated products: a value record of 10–20 fields mixing primitives, logical
 * types, an enum, nullable unions with defaults, an array and a map; and a one-field key record.
 */
final class AvroSchemaText {

  /** Field declarations, used in order; the first {@code n} make a schema of {@code n} fields. */
  private static final List<String> FIELDS =
      List.of(
          "{\"name\": \"id\", \"type\": \"string\", \"doc\": \"Unique id of the record\"}",
          "{\"name\": \"occurred_at\", \"type\": {\"type\": \"long\","
              + " \"logicalType\": \"timestamp-millis\"}}",
          "{\"name\": \"source\", \"type\": \"string\"}",
          "{\"name\": \"status\", \"type\": {\"type\": \"enum\", \"name\": \"Status\","
              + " \"symbols\": [\"NEW\", \"ACTIVE\", \"CLOSED\", \"CANCELLED\"]}}",
          "{\"name\": \"amount\", \"type\": \"double\"}",
          "{\"name\": \"currency\", \"type\": \"string\", \"default\": \"EUR\"}",
          "{\"name\": \"quantity\", \"type\": \"int\", \"default\": 0}",
          "{\"name\": \"customer_id\", \"type\": [\"null\", \"string\"], \"default\": null}",
          "{\"name\": \"region\", \"type\": \"string\", \"default\": \"eu-west\"}",
          "{\"name\": \"is_test\", \"type\": \"boolean\", \"default\": false}",
          "{\"name\": \"version\", \"type\": \"int\", \"default\": 1}",
          "{\"name\": \"labels\", \"type\": {\"type\": \"array\", \"items\": \"string\"},"
              + " \"default\": []}",
          "{\"name\": \"attributes\", \"type\": {\"type\": \"map\", \"values\": \"string\"},"
              + " \"default\": {}}",
          "{\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null}",
          "{\"name\": \"score\", \"type\": \"double\", \"default\": 0.0}",
          "{\"name\": \"country\", \"type\": \"string\", \"default\": \"NL\"}",
          "{\"name\": \"updated_at\", \"type\": [\"null\", {\"type\": \"long\","
              + " \"logicalType\": \"timestamp-millis\"}], \"default\": null}",
          "{\"name\": \"channel\", \"type\": [\"null\", \"string\"], \"default\": null}",
          "{\"name\": \"latitude\", \"type\": [\"null\", \"double\"], \"default\": null}",
          "{\"name\": \"longitude\", \"type\": [\"null\", \"double\"], \"default\": null}");

  private AvroSchemaText() {}

  static String value(ProductPlan p) {
    List<String> fields = new ArrayList<>(FIELDS.subList(0, Math.min(p.fields(), FIELDS.size())));
    return record(p, recordName(p.name()), String.join(",\n    ", fields));
  }

  static String key(ProductPlan p) {
    return record(p, recordName(p.name()) + "Key", "{\"name\": \"id\", \"type\": \"string\"}");
  }

  private static String record(ProductPlan p, String name, String fields) {
    return "{\n"
        + "  \"type\": \"record\",\n"
        + "  \"name\": \""
        + name
        + "\",\n"
        + "  \"namespace\": \"dev.meshcode.bench."
        + p.domain().replace('-', '_')
        + "\",\n"
        + "  \"doc\": \"Generated schema of "
        + p.id()
        + "\",\n"
        + "  \"fields\": [\n    "
        + fields
        + "\n  ]\n}\n";
  }

  /** {@code transactions-12} → {@code Transactions12}: a valid Avro name. */
  private static String recordName(String productName) {
    StringBuilder name = new StringBuilder();
    for (String part : productName.split("-")) {
      name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return name.toString();
  }
}
