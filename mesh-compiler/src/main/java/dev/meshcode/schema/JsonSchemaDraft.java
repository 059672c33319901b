package dev.meshcode.schema;

import com.networknt.schema.SpecVersion.VersionFlag;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON Schema drafts Schema Registry accepts, with the meta-schema each is checked against. The
 * meta-schemas ship inside the validator's jar, so checking never touches the network.
 */
enum JsonSchemaDraft {
  DRAFT_04("draft-04", "http://json-schema.org/draft-04/schema#", VersionFlag.V4),
  DRAFT_06("draft-06", "http://json-schema.org/draft-06/schema#", VersionFlag.V6),
  DRAFT_07("draft-07", "http://json-schema.org/draft-07/schema#", VersionFlag.V7),
  DRAFT_2019_09("2019-09", "https://json-schema.org/draft/2019-09/schema", VersionFlag.V201909),
  DRAFT_2020_12("2020-12", "https://json-schema.org/draft/2020-12/schema", VersionFlag.V202012);

  /** Schema Registry's default when a schema has no {@code $schema}. */
  static final JsonSchemaDraft DEFAULT = DRAFT_07;

  private final String label;
  private final String metaSchema;
  private final VersionFlag version;

  JsonSchemaDraft(String label, String metaSchema, VersionFlag version) {
    this.label = label;
    this.metaSchema = metaSchema;
    this.version = version;
  }

  String label() {
    return label;
  }

  String metaSchema() {
    return metaSchema;
  }

  VersionFlag version() {
    return version;
  }

  /** The draft a {@code $schema} value names, ignoring scheme and a trailing {@code #}. */
  static Optional<JsonSchemaDraft> of(String uri) {
    String wanted = key(uri);
    return Arrays.stream(values()).filter(d -> key(d.metaSchema).equals(wanted)).findFirst();
  }

  private static String key(String uri) {
    String k = uri.strip().toLowerCase(Locale.ROOT);
    k = k.endsWith("#") ? k.substring(0, k.length() - 1) : k;
    return k.replaceFirst("^https?://", "");
  }
}
