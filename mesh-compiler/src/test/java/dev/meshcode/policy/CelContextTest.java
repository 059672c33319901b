package dev.meshcode.policy;

import static dev.meshcode.policy.PolicyFixtures.RULE_AT;
import static dev.meshcode.policy.PolicyFixtures.evaluate;
import static dev.meshcode.policy.PolicyFixtures.located;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Access;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Grant;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Producer;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Quality;
import dev.meshcode.model.Rule;
import dev.meshcode.model.RuleCheck;
import dev.meshcode.model.SchemaRole;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.Selector;
import dev.meshcode.model.Stage;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.ProductBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field that docs/policies-cel-context.md documents is reachable with the documented name,
 * type and value: each expression must hold for crm.customers, a product with every field set.
 */
class CelContextTest {

  private static final SourceLocation AT = new SourceLocation("x.yaml", 1, 1);

  static List<DataProduct> mesh() {
    DataProduct base = located("crm", "customers");
    SchemaSpec value = base.valueSchema().orElseThrow();
    SchemaSpec key =
        new SchemaSpec(
            SchemaRole.KEY,
            value.format(),
            value.source(),
            "crm.customers-key",
            Compatibility.NONE,
            List.of(),
            AT);
    DataProduct customers =
        ProductBuilder.from(base)
            .tags("finance", "pii")
            .lifecycle(
                new Lifecycle(
                    Stage.DEPRECATED,
                    Optional.of(LocalDate.of(2026, 1, 1)),
                    Optional.of(LocalDate.of(2026, 12, 31)),
                    Optional.of(new ProductId("crm", "customers-v2"))))
            .topic(new Topic("crm.customers", 6, 3, Map.of("retention.ms", "-1")))
            .keySchema(Optional.of(key))
            .access(
                new Access(
                    List.of(new Producer("User:crm-writer", Optional.of("crm-tx"), AT)),
                    List.of(
                        new Consumer(
                            "User:risk-engine", Optional.of("risk-*"), Optional.of("risk"), AT),
                        new Consumer("User:crm-app", Optional.empty(), Optional.empty(), AT)),
                    List.of(new Grant("risk", "fraud scoring", AT))))
            .inputs("crm.raw-customers")
            .build();
    DataProduct raw =
        ProductBuilder.from(located("crm", "raw-customers")).quality(Quality.RAW).build();
    DataProduct scores =
        ProductBuilder.from(located("risk", "scores")).inputs("crm.customers").build();
    return List.of(customers, raw, scores);
  }

  private static Rule onlyCustomers(String expression) {
    Selector customers =
        new Selector(Set.of("crm"), Set.of(), Set.of(), Set.of("pii"), Set.of(), Optional.empty());
    return new Rule(
        "context/field",
        "",
        Severity.ERROR,
        customers,
        new RuleCheck.Cel(expression, 9, 11),
        Optional.of("does not hold"),
        RULE_AT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "product.id == 'crm.customers'",
        "product.name == 'customers'",
        "product.domain == 'crm'",
        "product.owner == '@crm-team'",
        "product.description == 'The customers events'",
        "product.quality == 'curated'",
        "product.sla == 'tier-2'",
        "product.tags == ['finance', 'pii']",
        "product.stage == 'deprecated'",
        "product.derived == true",
        "product.topic.name == 'crm.customers'",
        "product.topic.partitions == 6",
        "product.topic.replicationFactor == 3",
        "product.topic.configs['retention.ms'] == '-1'",
        "int(string(product.topic.configs['retention.ms'])) == -1",
        "product.schemas.key == {'format': 'avro', 'subject': 'crm.customers-key',"
            + " 'compatibility': 'NONE'}",
        "product.schemas.value.format == 'avro'"
            + " && product.schemas.value.subject == 'crm.customers-value'"
            + " && product.schemas.value.compatibility == 'BACKWARD'",
        "product.lifecycle == {'stage': 'deprecated', 'since': '2026-01-01',"
            + " 'sunset': '2026-12-31', 'replacedBy': 'crm.customers-v2'}",
        "product.producers == [{'principal': 'User:crm-writer', 'transactionalId': 'crm-tx'}]",
        "product.consumers == [{'principal': 'User:risk-engine', 'group': 'risk-*',"
            + " 'domain': 'risk'}, {'principal': 'User:crm-app'}]",
        "product.grants == [{'domain': 'risk', 'reason': 'fraud scoring'}]",
        "product.inputs == ['crm.raw-customers']",
        "domain == {'name': 'crm', 'description': 'The crm domain', 'owners': ['@crm-team']}",
        "inputs.size() == 1 && inputs[0].id == 'crm.raw-customers' && inputs[0].quality == 'raw'",
        "!has(inputs[0].lifecycle.since) && !has(inputs[0].schemas.key)",
        "consumers == [{'principal': 'User:risk-engine', 'domain': 'risk', 'kind': 'application'},"
            + " {'principal': 'User:crm-app', 'domain': 'crm', 'kind': 'application'},"
            + " {'principal': 'risk.scores', 'domain': 'risk', 'kind': 'product',"
            + " 'product': 'risk.scores'}]",
        "mesh == {'name': 'test-mesh'}",
        "today == '2026-06-15'",
        "product.lifecycle.sunset > today",
      })
  void evaluate_documentedField_reachableWithDocumentedValue(String expression) {
    assertThat(evaluate(mesh(), onlyCustomers(expression)).all()).isEmpty();
  }
}
