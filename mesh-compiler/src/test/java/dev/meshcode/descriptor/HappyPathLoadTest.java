package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.Credentials;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Environment;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Quality;
import dev.meshcode.model.QueryEngine;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.SecretRef;
import dev.meshcode.model.SlaTier;
import dev.meshcode.model.Stage;
import dev.meshcode.model.SubjectNaming;
import dev.meshcode.testing.DiagnosticLines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Binds a small complete mesh (every kind) and checks values, defaults, naming and origins. */
class HappyPathLoadTest {

  private static final Path HAPPY = Path.of("src/test/resources/descriptor/happy");
  private static final String TRADES = "domains/execution/stocktrades/product.yaml";
  private static LoadResult result;
  private static Mesh mesh;

  @BeforeAll
  static void load() {
    result = new DescriptorLoader().load(HAPPY);
    mesh = result.mesh().orElseThrow();
  }

  @Test
  void load_completeMesh_reportsNothingAndListsFilesSorted() {
    assertThat(DiagnosticLines.of(result.diagnostics())).isEmpty();
    assertThat(result.files())
        .containsExactly(
            "domains/execution/domain.yaml",
            "domains/execution/high-value-trades/product.yaml",
            TRADES,
            "environments/prod.yaml",
            "mesh.yaml",
            "policies/durability.yaml");
  }

  @Test
  void load_meshDocument_bindsSettingsWithDefaults() {
    var settings = mesh.settings();

    assertThat(settings.name()).isEqualTo("demo-mesh");
    assertThat(settings.topicNaming()).isEqualTo("{domain}.{product}.v1");
    assertThat(settings.subjectNaming()).isEqualTo(SubjectNaming.TOPIC);
    assertThat(settings.topicDefaults().partitions()).isEqualTo(3);
    assertThat(settings.topicDefaults().configs())
        .isEqualTo(Map.of("min.insync.replicas", "2", "retention.ms", "604800000"));
    assertThat(settings.defaultCompatibility()).isEqualTo(Compatibility.FULL);
    assertThat(settings.include()).containsExactly("domains", "policies", "environments");
  }

  @Test
  void load_product_mergesTopicDefaultsAndAppliesNamingTemplate() {
    DataProduct trades = product("stocktrades");

    assertThat(trades.topic().name()).isEqualTo("execution.stocktrades.v1");
    assertThat(trades.topic().partitions()).isEqualTo(6);
    assertThat(trades.topic().replicationFactor()).isEqualTo(3);
    assertThat(trades.topic().configs())
        .isEqualTo(
            Map.of(
                "min.insync.replicas", "3",
                "retention.ms", "604800000",
                "cleanup.policy", "compact",
                "min.cleanable.dirty.ratio", "0.5",
                "preallocate", "false"));
    assertThat(product("high-value-trades").topic().name()).isEqualTo("trades.high-value");
    assertThat(product("high-value-trades").topic().configs())
        .isEqualTo(mesh.settings().topicDefaults().configs());
  }

  @Test
  void load_product_bindsMetadataLifecycleAccessAndWaivers() {
    DataProduct trades = product("stocktrades");

    assertThat(trades.owner()).isEqualTo("@execution-team");
    assertThat(trades.quality()).isEqualTo(Quality.AUTHORITATIVE);
    assertThat(trades.sla()).isEqualTo(SlaTier.TIER_1);
    assertThat(trades.tags()).containsExactly("finance", "pii");
    assertThat(trades.lifecycle().stage()).isEqualTo(Stage.DEPRECATED);
    assertThat(trades.lifecycle().sunset()).contains(LocalDate.of(2026, 6, 30));
    assertThat(trades.lifecycle().replacedBy())
        .contains(new ProductId("execution", "stocktrades-v2"));
    assertThat(trades.access().producers().get(0).transactionalId()).contains("trading-gateway-*");
    Consumer fraud = trades.access().consumers().get(0);
    assertThat(fraud.group()).contains("fraud-*");
    assertThat(fraud.domain()).contains("risk");
    assertThat(trades.access().consumers().get(1).location()).isEqualTo(at(TRADES, 41, 7));
    assertThat(trades.access().grants("risk")).isTrue();
    assertThat(trades.waivers().get(0).rule()).isEqualTo("durability/tier-1");
    assertThat(trades.waivers().get(0).expires()).contains(LocalDate.of(2026, 12, 31));
  }

  @Test
  void load_product_recordsOriginOfEveryFieldPath() {
    var origin = product("stocktrades").origin();

    assertThat(origin.start()).isEqualTo(at(TRADES, 2, 1));
    assertThat(origin.locate("topic/configs/min.insync.replicas")).isEqualTo(at(TRADES, 19, 26));
    assertThat(origin.locate("access/consumers/0/principal")).isEqualTo(at(TRADES, 38, 18));
    assertThat(origin.locate("topic")).isEqualTo(at(TRADES, 16, 1));
    assertThat(origin.locate("topic/replicationFactor")).isEqualTo(at(TRADES, 16, 1));
    assertThat(origin.locate("tags/1")).isEqualTo(at(TRADES, 10, 13));
  }

  @Test
  void load_schemas_resolveFilesFormatsSubjectsAndReferences() {
    SchemaSpec value = product("stocktrades").valueSchema().orElseThrow();
    SchemaSpec key = product("stocktrades").keySchema().orElseThrow();

    assertThat(value.format()).isEqualTo(SchemaFormat.AVRO);
    assertThat(value.source().file()).isEqualTo("domains/execution/stocktrades/stocktrades.avsc");
    assertThat(value.subject()).isEqualTo("execution.stocktrades.v1-value");
    assertThat(value.compatibility()).isEqualTo(Compatibility.BACKWARD);
    assertThat(value.references().get(0).source().file()).isEqualTo("domains/shared/money.avsc");
    assertThat(value.references().get(0).subject()).isEqualTo("shared.money-value");
    assertThat(value.location()).isEqualTo(at(TRADES, 26, 3));
    assertThat(key.format()).isEqualTo(SchemaFormat.JSON_SCHEMA);
    assertThat(key.subject()).isEqualTo("execution.stocktrades.v1-key");
    assertThat(key.compatibility()).isEqualTo(Compatibility.FULL);
  }

  @Test
  void load_derivedProduct_bindsInputsQueryAndExplicitSubject() {
    DataProduct derived = product("high-value-trades");
    String file = "domains/execution/high-value-trades/product.yaml";

    assertThat(derived.inputs().get(0).product())
        .isEqualTo(new ProductId("execution", "stocktrades"));
    assertThat(derived.inputs().get(0).location()).isEqualTo(at(file, 9, 5));
    assertThat(derived.query().orElseThrow().engine()).isEqualTo(QueryEngine.FLINK);
    assertThat(derived.query().orElseThrow().file())
        .isEqualTo("domains/execution/high-value-trades/query.sql");
    assertThat(derived.query().orElseThrow().sql()).startsWith("INSERT INTO");
    assertThat(derived.valueSchema().orElseThrow().format()).isEqualTo(SchemaFormat.PROTOBUF);
    assertThat(derived.valueSchema().orElseThrow().subject()).isEqualTo("custom-subject");
    assertThat(derived.topic().partitions()).isEqualTo(3);
  }

  @Test
  void load_policies_bindRuleCodesSelectorsChecksAndCelPositions() {
    PolicySpec durability = policy("durability");
    Rule tier1 = durability.rules().get(0);
    Rule described = durability.rules().get(1);
    Rule inlineCel = policy("ranges").rules().get(1);

    assertThat(tier1.code()).isEqualTo("durability/tier-1");
    assertThat(tier1.selector().sla()).isEqualTo(Set.of(SlaTier.TIER_1));
    assertThat(tier1.selector().derived()).contains(false);
    assertThat(tier1.check()).isEqualTo(new RuleCheck.Durability(3, 2));
    assertThat(tier1.location()).isEqualTo(at("policies/durability.yaml", 6, 5));
    assertThat(described.severity()).isEqualTo(Severity.WARNING);
    assertThat(described.check())
        .isEqualTo(new RuleCheck.Cel("product.description != \"\"\n", 15, 7));
    assertThat(inlineCel.check()).isEqualTo(new RuleCheck.Cel("size(product.tags) > 0", 27, 11));
    assertThat(policy("ranges").rules().get(0).message()).contains("Keep partitions small");
  }

  @Test
  void load_environment_bindsEndpointsCredentialsAndOverrides() {
    Environment prod = mesh.environment("prod").orElseThrow();

    assertThat(prod.kafka().address()).isEqualTo("broker-1.prod:9092,broker-2.prod:9092");
    assertThat(prod.kafka().credentials()).contains(new Credentials.SettingsServer("kafka-prod"));
    assertThat(prod.kafka().properties()).containsEntry("sasl.jaas.config", "${env:KAFKA_JAAS}");
    assertThat(prod.schemaRegistry().orElseThrow().credentials())
        .contains(new Credentials.Basic("sr-deployer", new SecretRef("SR_PASSWORD")));
    assertThat(prod.catalog().orElseThrow().address()).isEqualTo("_meshcode.catalog");
    assertThat(prod.overrides().partitionScale()).contains(0.5);
    assertThat(prod.overrides().topicPrefix()).isEqualTo(Optional.of("dev."));
    assertThat(prod.overrides().maxReplicationFactor()).hasValue(1);
  }

  private static DataProduct product(String name) {
    return mesh.product(new ProductId("execution", name)).orElseThrow();
  }

  private static PolicySpec policy(String name) {
    return mesh.policies().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private static SourceLocation at(String file, int line, int column) {
    return new SourceLocation(file, line, column);
  }
}
