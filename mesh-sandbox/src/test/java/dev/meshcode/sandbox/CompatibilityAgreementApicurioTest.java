package dev.meshcode.sandbox;

import static dev.meshcode.model.Compatibility.BACKWARD;
import static dev.meshcode.model.Compatibility.BACKWARD_TRANSITIVE;
import static dev.meshcode.model.Compatibility.FORWARD;
import static dev.meshcode.model.Compatibility.FORWARD_TRANSITIVE;
import static dev.meshcode.model.Compatibility.FULL;
import static dev.meshcode.model.Compatibility.FULL_TRANSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.compat.CorpusCase;
import dev.meshcode.compat.OfflineCompatibility;
import dev.meshcode.compat.SchemaText;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.provider.schemaregistry.CompatibilityVerdict;
import dev.meshcode.provider.schemaregistry.RegistrySettings;
import dev.meshcode.provider.schemaregistry.SchemaDefinition;
import dev.meshcode.provider.schemaregistry.SchemaRegistryClient;
import dev.meshcode.provider.schemaregistry.SchemaType;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The offline judge and a real Apicurio Registry 3.3.3 (Confluent API) agree on the shared corpus:
 * every case's earlier versions are registered under a subject of its own per level (the global
 * level is NONE, so any history registers), the level is set, and the registry's verdict on the
 * last version is compared with the offline one. Where Apicurio's rules differ from Confluent's,
 * which the offline judge follows, the difference is listed in {@code KNOWN_DIVERGENCES} with its
 * levels and reason; the test fails if a listed divergence disappears or an unlisted one appears.
 * About 380 registry verdicts take some 20 s.
 */
@ExtendWith(ApicurioTestServer.class)
class CompatibilityAgreementApicurioTest {

  /** Levels that also check the new schema as a reader (BACKWARD) or as a writer (FORWARD). */
  private static final Set<Compatibility> READS_OLD =
      EnumSet.of(BACKWARD, BACKWARD_TRANSITIVE, FULL, FULL_TRANSITIVE);

  private static final Set<Compatibility> READ_BY_OLD =
      EnumSet.of(FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE);

  private static final Set<Compatibility> EVERY_CHECKING_LEVEL =
      EnumSet.complementOf(EnumSet.of(Compatibility.NONE));

  /** Why Apicurio answers a case differently from Confluent (and the offline judge), and where. */
  private record Divergence(Set<Compatibility> levels, String reason) {}

  /**
   * Apicurio 3.3.3's Protobuf rules are protolock's, not Confluent's: it forbids renames, number
   * and any type changes, field removal without {@code reserved}, enum value removal, and checks
   * FORWARD by swapping the versions (so an addition counts as a removal); it does not compare
   * packages or oneof membership. Its Avro rules (Apache Avro's checker) and, but for one case, its
   * JSON Schema rules agree with Confluent's on the whole corpus.
   */
  private static final Map<String, Divergence> KNOWN_DIVERGENCES =
      Map.ofEntries(
          Map.entry(
              "json/add-required-property-with-default",
              new Divergence(
                  EnumSet.of(BACKWARD, BACKWARD_TRANSITIVE),
                  "Apicurio rejects a required property added to a closed content model even"
                      + " with a default; Confluent accepts it")),
          Map.entry(
              "protobuf/add-field",
              new Divergence(
                  READ_BY_OLD, "FORWARD swapped: the added field counts as removed unreserved")),
          Map.entry(
              "protobuf/remove-field",
              new Divergence(READS_OLD, "Apicurio requires removed fields to be reserved")),
          Map.entry(
              "protobuf/remove-field-reserved",
              new Divergence(
                  READ_BY_OLD,
                  "FORWARD swapped: the reservation counts as removed, its number reused")),
          Map.entry(
              "protobuf/rename-field",
              new Divergence(EVERY_CHECKING_LEVEL, "Apicurio forbids renaming a field")),
          Map.entry(
              "protobuf/field-number-changed",
              new Divergence(
                  EVERY_CHECKING_LEVEL,
                  "Apicurio forbids a new number; Confluent sees an allowed removal and addition")),
          Map.entry(
              "protobuf/widen-int32-to-int64",
              new Divergence(
                  EVERY_CHECKING_LEVEL,
                  "Apicurio forbids any type change, even within a wire-compatible group")),
          Map.entry(
              "protobuf/change-string-to-bytes",
              new Divergence(
                  EVERY_CHECKING_LEVEL,
                  "Apicurio forbids any type change, even within a wire-compatible group")),
          Map.entry(
              "protobuf/enum-value-added",
              new Divergence(
                  READ_BY_OLD, "FORWARD swapped: the added enum value counts as removed")),
          Map.entry(
              "protobuf/enum-value-removed",
              new Divergence(READS_OLD, "Apicurio forbids removing an enum value")),
          Map.entry(
              "protobuf/fields-moved-into-oneof",
              new Divergence(READS_OLD, "Apicurio does not check oneof membership")),
          Map.entry(
              "protobuf/package-changed",
              new Divergence(EVERY_CHECKING_LEVEL, "Apicurio does not compare packages")),
          Map.entry(
              "protobuf/transitive-number-reused",
              new Divergence(
                  EnumSet.of(FORWARD, FULL),
                  "FORWARD swapped: v2 lacks v3's field 3, so it counts as removed unreserved")));

  @Test
  void judge_everyCorpusCaseAndLevel_agreesWithTheRegistryExceptKnownDivergences(
      ApicurioRegistry registry) {
    // GIVEN the registry and the corpus
    SchemaRegistryClient client =
        SchemaRegistryClient.create(RegistrySettings.of(URI.create(registry.url())));
    OfflineCompatibility judge = new OfflineCompatibility();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Set<Compatibility>> disagreements = new TreeMap<>();

    // WHEN each case is judged at each level by both
    for (CorpusCase c : CorpusCase.load(CorpusCase.root("mesh-sandbox"))) {
      for (Compatibility level : Compatibility.values()) {
        String subject = "agree-" + run + "-" + c.format().label() + "-" + c.name() + "-" + level;
        boolean online = registryVerdict(client, subject, c, level);
        boolean offline = judge.judge(c.format(), level, c.candidate(), c.earlier()).isEmpty();
        if (online != offline) {
          disagreements
              .computeIfAbsent(c.toString(), k -> EnumSet.noneOf(Compatibility.class))
              .add(level);
        }
      }
    }

    // THEN they differ exactly where Apicurio is known to deviate from Confluent
    Map<String, Set<Compatibility>> known = new TreeMap<>();
    KNOWN_DIVERGENCES.forEach((name, d) -> known.put(name, d.levels()));
    assertThat(disagreements).isEqualTo(known);
  }

  private static boolean registryVerdict(
      SchemaRegistryClient client, String subject, CorpusCase c, Compatibility level) {
    for (SchemaText earlier : c.earlier()) {
      client.register(subject, definition(c.format(), earlier.text()));
    }
    client.setSubjectCompatibility(subject, level);
    SchemaDefinition candidate = definition(c.format(), c.candidate().text());
    CompatibilityVerdict answer =
        level.name().endsWith("_TRANSITIVE")
            ? client.checkCompatibilityWithAll(subject, candidate)
            : client.checkCompatibility(subject, candidate);
    return answer.compatible();
  }

  private static SchemaDefinition definition(SchemaFormat format, String text) {
    return SchemaDefinition.of(SchemaType.valueOf(format.registryType()), text);
  }
}
