/**
 * Offline schema compatibility: whether a new version of an Avro, JSON Schema or Protobuf schema
 * may replace the earlier ones under a subject's compatibility level, with the field path and the
 * reason of every incompatibility. A pull request gets this verdict without a registry; when a
 * registry is reachable the plan asks it instead, and a shared corpus keeps the two in agreement.
 *
 * <p>Entry point: {@code new OfflineCompatibility().judge(format, level, candidate, earlier)},
 * earlier versions oldest first. It follows Confluent Schema Registry: BACKWARD = the new schema
 * reads data written with the last earlier version; FORWARD = the last earlier schema reads data
 * written with the new one; FULL = both; {@code _TRANSITIVE} = against every earlier version; NONE
 * = always compatible. Each format answers one pairwise question, "can this reader read data of
 * that writer" ({@link dev.meshcode.compat.FormatRules}):
 *
 * <ul>
 *   <li>Avro: Apache Avro's {@code SchemaCompatibility} (what Confluent runs); paths {@code
 *       Order.customer.email}, {@code Order.lines[]}, {@code Order.tags{}}.
 *   <li>JSON Schema: Confluent's JSON Schema diff rules (content models, required, types, enums,
 *       bounds, combinators); paths {@code $.customer.zip}, {@code $.lines[]}, {@code $.*} for
 *       additional properties. Not covered: {@code dependencies}, {@code not}, {@code const},
 *       {@code if/then/else}, tuple {@code items} (compared for equality only), {@code format}.
 *   <li>Protobuf: Wire's parser and Confluent's Protobuf diff rules; paths {@code Order.amount
 *       (field 3)}, {@code Order.payment (oneof)}, {@code Order.Line} for a message, {@code
 *       (package)}.
 * </ul>
 *
 * <p>A text that does not parse is an incompatibility at path {@code (schema)}, never an exception.
 *
 * <p>Pure: depends on {@code model} and the schema libraries (Avro, Wire, Jackson) only.
 */
package dev.meshcode.compat;
