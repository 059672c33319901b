package dev.meshcode.review;

import static dev.meshcode.testing.MeshFixtures.at;
import static dev.meshcode.testing.MeshFixtures.mesh;
import static dev.meshcode.testing.MeshFixtures.product;
import static dev.meshcode.testing.MeshFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.compat.CompatibilityJudge;
import dev.meshcode.compat.OfflineCompatibility;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Access;
import dev.meshcode.model.Compatibility;
import dev.meshcode.model.Consumer;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Origin;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.model.Stage;
import dev.meshcode.model.Topic;
import dev.meshcode.testing.ProductBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final String FILE = "domains/execution/trades/product.yaml";
  private static final String AVSC = "domains/execution/trades/trades.avsc";
  private static final CompatibilityJudge NEVER =
      (format, level, candidate, earlier) -> {
        throw new AssertionError("the judge must not be asked");
      };

  private static Review review(Mesh head, Mesh base, List<FileChange> changes) {
    return review(head, base, changes, SchemaHistory.none(), new FieldNameJudge());
  }

  private static Review review(
      Mesh head, Mesh base, List<FileChange> changes, SchemaHistory history, CompatibilityJudge j) {
    return ReviewRules.review(head, new BaseRevision("base", changes, base, history), j, TODAY);
  }

  private static FileChange modified(String path) {
    return new FileChange(ChangeKind.MODIFIED, path, path);
  }

  private static Mesh of(DataProduct... products) {
    return mesh(List.of(products), List.of());
  }

  private static DataProduct trades(Stage stage) {
    return ProductBuilder.from(product("execution", "trades"))
        .lifecycle(Lifecycle.of(stage))
        .build();
  }

  private static DataProduct withValue(DataProduct p, String text, Compatibility level) {
    SchemaSpec v = p.valueSchema().orElseThrow();
    return ProductBuilder.from(p)
        .valueSchema(
            Optional.of(
                new SchemaSpec(
                    v.role(),
                    v.format(),
                    new SchemaSource(v.source().file(), text),
                    v.subject(),
                    level,
                    v.references(),
                    v.location())))
        .build();
  }

  private static String avro(String... fields) {
    StringBuilder out = new StringBuilder("{\"type\":\"record\",\"name\":\"Event\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      out.append(i == 0 ? "" : ",").append("\n{\"name\":\"").append(fields[i]).append("\"}");
    }
    return out.append("]}").toString();
  }

  @Test
  void review_productWhoseFilesDidNotChange_isNotEvaluated() {
    // GIVEN a partition decrease in a product whose descriptor is not among the changes
    DataProduct base = product("execution", "trades");
    DataProduct head =
        ProductBuilder.from(base).topic(new Topic("execution.trades", 1, 3, Map.of())).build();

    // WHEN only another file changed
    Review review = review(of(head), of(base), List.of(modified("policies/naming.yaml")));

    // THEN nothing is reviewed
    assertThat(review.products()).isEmpty();
    assertThat(review.findings().all()).isEmpty();
  }

  @Test
  void review_renamedDescriptorWithSameContent_isNoChange() {
    // GIVEN the same product, its descriptor moved to another folder
    DataProduct base = product("execution", "trades");
    DataProduct head =
        ProductBuilder.from(base).origin(Origin.of(at("domains/trading/trades.yaml", 1))).build();

    // WHEN the rename is reviewed
    Review review =
        review(
            of(head),
            of(base),
            List.of(new FileChange(ChangeKind.RENAMED, "domains/trading/trades.yaml", FILE)));

    // THEN the product is matched by id, and a move alone changes nothing
    assertThat(review.products()).isEmpty();
  }

  @Test
  void review_transitiveLevel_judgesEveryVersionInHistory() {
    // GIVEN a field that the base no longer has, but an earlier version did
    DataProduct base =
        withValue(trades(Stage.PUBLISHED), avro("id", "legacy"), Compatibility.BACKWARD);
    String baseText = avro("id");
    base = withValue(base, baseText, Compatibility.BACKWARD_TRANSITIVE);
    DataProduct head = withValue(base, avro("id", "added"), Compatibility.BACKWARD_TRANSITIVE);
    SchemaHistory history = file -> List.of(avro("id", "legacy"), baseText);

    // WHEN the schema change is reviewed
    Review review =
        review(of(head), of(base), List.of(modified(AVSC)), history, new FieldNameJudge());

    // THEN it is judged against both versions, and the old field is reported
    SchemaVerdict verdict = review.products().get(0).verdicts().get(0);
    assertThat(verdict.versions()).isEqualTo(2);
    assertThat(verdict.incompatibilities())
        .extracting(i -> i.path())
        .containsExactly("fields/legacy");
    assertThat(review.findings().all())
        .extracting(Diagnostic::code)
        .containsExactly(ReviewCodes.BREAKING_SCHEMA_CHANGE);
  }

  @Test
  void review_nonTransitiveLevel_judgesTheBaseOnly() {
    // GIVEN the same history at plain BACKWARD
    String baseText = avro("id");
    DataProduct base = withValue(trades(Stage.PUBLISHED), baseText, Compatibility.BACKWARD);
    DataProduct head = withValue(base, avro("id", "added"), Compatibility.BACKWARD);
    SchemaHistory history = file -> List.of(avro("id", "legacy"), baseText);

    // WHEN reviewed
    Review review =
        review(of(head), of(base), List.of(modified(AVSC)), history, new FieldNameJudge());

    // THEN one version is compared and the change is compatible
    SchemaVerdict verdict = review.products().get(0).verdicts().get(0);
    assertThat(verdict.versions()).isEqualTo(1);
    assertThat(verdict.compatible()).isTrue();
    assertThat(review.findings().all()).isEmpty();
  }

  @Test
  void review_fieldRemovedUnderBackward_warnsThatConsumersMustUpgradeFirst() {
    // GIVEN a field without a default removed under BACKWARD, judged by the real offline judge
    String record = "{\"type\":\"record\",\"name\":\"Trade\",\"fields\":[%s]}";
    String id = "{\"name\":\"id\",\"type\":\"string\"}";
    String gone = "{\"name\":\"gone\",\"type\":\"long\"}";
    DataProduct base =
        withValue(
            trades(Stage.PUBLISHED),
            String.format(record, id + ",\n" + gone),
            Compatibility.BACKWARD);
    DataProduct head = withValue(base, String.format(record, id), Compatibility.BACKWARD);

    // WHEN reviewed
    Review review =
        review(
            of(head),
            of(base),
            List.of(modified(AVSC)),
            SchemaHistory.none(),
            new OfflineCompatibility());

    // THEN BACKWARD allows it (no error), and a warning says who must upgrade first
    assertThat(review.products().get(0).verdicts().get(0).compatible()).isTrue();
    Diagnostic d = review.findings().all().get(0);
    assertThat(review.findings().all()).hasSize(1);
    assertThat(d.code()).isEqualTo("schema-upgrade-order");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.summary())
        .contains("is BACKWARD compatible, but consumers still on the base schema cannot read")
        .contains("gone");
    assertThat(d.hint()).startsWith("Upgrade every consumer to the new schema before any producer");
  }

  @Test
  void review_levelNone_isNotJudged() {
    // GIVEN a field removed under NONE
    DataProduct base = withValue(trades(Stage.PUBLISHED), avro("id", "gone"), Compatibility.NONE);
    DataProduct head = withValue(base, avro("id"), Compatibility.NONE);

    // WHEN reviewed with a judge that must not be asked
    Review review =
        review(of(head), of(base), List.of(modified(AVSC)), SchemaHistory.none(), NEVER);

    // THEN the verdict says "not checked" and nothing is reported
    assertThat(review.products().get(0).verdicts().get(0).versions()).isZero();
    assertThat(review.findings().all()).isEmpty();
  }

  @Test
  void review_judgeFails_warnsInsteadOfCrashing() {
    // GIVEN a judge that cannot parse the base version
    DataProduct base = withValue(trades(Stage.PUBLISHED), "\u0000junk", Compatibility.BACKWARD);
    DataProduct head = withValue(base, avro("id"), Compatibility.BACKWARD);
    CompatibilityJudge failing =
        (format, level, candidate, earlier) -> {
          throw new IllegalArgumentException("not JSON");
        };

    // WHEN reviewed
    Review review =
        review(of(head), of(base), List.of(modified(AVSC)), SchemaHistory.none(), failing);

    // THEN a warning at the schema declaration says the change was not judged
    Diagnostic d = review.findings().all().get(0);
    assertThat(d.code()).isEqualTo(ReviewCodes.SCHEMA_CHANGE_UNJUDGED);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.location()).contains(at(FILE, 10));
    assertThat(d.detail()).isEqualTo("not JSON");
  }

  @Test
  void review_formatChanged_isBreakingWithoutAskingTheJudge() {
    // GIVEN a value schema that became Protobuf
    DataProduct base = trades(Stage.PUBLISHED);
    SchemaSpec v = base.valueSchema().orElseThrow();
    SchemaSpec proto =
        new SchemaSpec(
            v.role(),
            SchemaFormat.PROTOBUF,
            new SchemaSource("domains/execution/trades/trades.proto", "syntax = \"proto3\";"),
            v.subject(),
            v.compatibility(),
            List.of(),
            v.location());
    DataProduct head = ProductBuilder.from(base).valueSchema(Optional.of(proto)).build();

    // WHEN reviewed
    Review review =
        review(of(head), of(base), List.of(modified(FILE)), SchemaHistory.none(), NEVER);

    // THEN the format change is the incompatibility, on the new file's first line
    Diagnostic d = review.findings().all().get(0);
    assertThat(d.code()).isEqualTo(ReviewCodes.BREAKING_SCHEMA_CHANGE);
    assertThat(d.location())
        .contains(new SourceLocation("domains/execution/trades/trades.proto", 1, 1));
    assertThat(d.detail()).startsWith("The format changed from avro to protobuf");
  }

  @Test
  void review_meshFileChanged_comparesEveryProductOfTheBase() {
    // GIVEN a default partition count lowered in mesh.yaml, reaching a product not itself changed
    DataProduct base = product("execution", "trades");
    DataProduct head =
        ProductBuilder.from(base).topic(new Topic("execution.trades", 2, 3, Map.of())).build();

    // WHEN mesh.yaml changed
    Review review = review(of(head), of(base), List.of(modified("mesh.yaml")));

    // THEN the decrease is found
    assertThat(review.findings().all())
        .extracting(Diagnostic::code)
        .containsExactly(ReviewCodes.PARTITIONS);
  }

  @Test
  void review_deletedDraftOrRetiredProduct_isAllowed() {
    // GIVEN a draft and a retired product deleted
    DataProduct draft = ProductBuilder.from(trades(Stage.DRAFT)).build();
    DataProduct retired =
        ProductBuilder.from(product("execution", "quotes"))
            .lifecycle(Lifecycle.of(Stage.RETIRED))
            .build();

    // WHEN their descriptors are deleted
    Review review =
        review(
            of(),
            of(draft, retired),
            List.of(
                new FileChange(
                    ChangeKind.DELETED,
                    "domains/execution/quotes/product.yaml",
                    "domains/execution/quotes/product.yaml"),
                new FileChange(ChangeKind.DELETED, FILE, FILE)));

    // THEN both are listed as removed, with no finding
    assertThat(review.products())
        .extracting(ProductReview::status)
        .containsExactly(ProductStatus.REMOVED, ProductStatus.REMOVED);
    assertThat(review.findings().all()).isEmpty();
  }

  @Test
  void review_deletedPublishedProduct_namesConsumersAndDerivedAtTheBaseLine() {
    // GIVEN a published product with a consumer and a chain of two derived products
    DataProduct trades = product("execution", "trades");
    DataProduct withConsumer =
        ProductBuilder.from(trades)
            .access(
                new Access(
                    List.of(),
                    List.of(
                        new Consumer(
                            "User:risk", Optional.empty(), Optional.empty(), at(FILE, 20))),
                    List.of()))
            .build();
    DataProduct stats =
        ProductBuilder.from(product("analytics", "stats")).inputs("execution.trades").build();
    DataProduct daily =
        ProductBuilder.from(product("analytics", "daily")).inputs("analytics.stats").build();
    DataProduct gone =
        ProductBuilder.from(product("analytics", "old"))
            .inputs("analytics.daily")
            .lifecycle(Lifecycle.of(Stage.RETIRED))
            .build();

    // WHEN the published product's descriptor is deleted
    Review review =
        review(
            of(stats, daily, gone),
            of(withConsumer),
            List.of(new FileChange(ChangeKind.DELETED, FILE, FILE)));

    // THEN one error at the base descriptor names everyone downstream; retired readers are left out
    Diagnostic d = review.findings().all().get(0);
    assertThat(d.code()).isEqualTo(ReviewCodes.REMOVED_WITHOUT_RETIREMENT);
    assertThat(d.location()).contains(at(FILE, 1));
    assertThat(d.summary())
        .isEqualTo(
            "The published product execution.trades was removed without being retired; it is read"
                + " by derived products analytics.daily, analytics.stats; consumers User:risk.");
    assertThat(review.products().get(0).impact().derived())
        .containsExactly(new ProductId("analytics", "daily"), new ProductId("analytics", "stats"));
  }

  @Test
  void review_productRejectedAtTheHead_isNotReportedAsRemoved() {
    // GIVEN a published product whose head document has errors, so the loader left it out
    DataProduct base = trades(Stage.PUBLISHED);
    Mesh head =
        new Mesh(
            settings(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new Mesh.Rejected(Set.of(base.id()), Set.of()));

    // WHEN its descriptor change is reviewed
    Review review = review(head, of(base), List.of(modified(FILE)));

    // THEN it is not compared: its load errors say what is wrong
    assertThat(review.products()).isEmpty();
    assertThat(review.findings().all()).isEmpty();
  }

  @Test
  void review_retiredOnTheSunsetDay_isAllowed() {
    // GIVEN a deprecated product whose sunset is today
    Lifecycle deprecated =
        new Lifecycle(Stage.DEPRECATED, Optional.empty(), Optional.of(TODAY), Optional.empty());
    DataProduct base = ProductBuilder.from(trades(Stage.DEPRECATED)).lifecycle(deprecated).build();
    DataProduct head =
        ProductBuilder.from(base)
            .lifecycle(
                new Lifecycle(
                    Stage.RETIRED, Optional.empty(), Optional.of(TODAY), Optional.empty()))
            .build();

    // WHEN it is retired
    Review review = review(of(head), of(base), List.of(modified(FILE)));

    // THEN that is fine
    assertThat(review.products())
        .extracting(ProductReview::status)
        .containsExactly(ProductStatus.RETIRED);
    assertThat(review.findings().all()).isEmpty();
  }

  @Test
  void review_cleanupPolicy_flagsLosingCompactionButNotReordering() {
    // GIVEN compact → "delete, compact" and compact,delete → delete,compact
    DataProduct base = topic(product("execution", "trades"), "compact");
    DataProduct other = topic(product("execution", "quotes"), "compact,delete");
    DataProduct head = topic(base, "compact,delete");
    DataProduct otherHead = topic(other, "delete, compact");

    // WHEN reviewed
    Review review =
        review(
            of(head, otherHead),
            of(base, other),
            List.of(modified(FILE), modified("domains/execution/quotes/product.yaml")));

    // THEN only the product that gains time-based deletion is flagged
    assertThat(review.findings().all()).hasSize(1);
    assertThat(review.findings().all().get(0).summary())
        .isEqualTo(
            "The `cleanup.policy` of execution.trades changes from `compact` to `compact,delete`.");
  }

  @Test
  void review_tenChangedOfTenThousand_judgesOnlyTheTen() {
    // GIVEN 10,000 products, of which 10 changed their value schema
    List<DataProduct> base = new ArrayList<>();
    List<DataProduct> head = new ArrayList<>();
    List<FileChange> changes = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      DataProduct p =
          withValue(product("d" + (i % 100), "p" + i), avro("id"), Compatibility.BACKWARD);
      base.add(p);
      if (i % 1000 == 7) {
        head.add(withValue(p, avro("id", "added"), Compatibility.BACKWARD));
        changes.add(modified(p.valueSchema().orElseThrow().source().file()));
      } else {
        head.add(p);
      }
    }
    AtomicInteger calls = new AtomicInteger();
    CompatibilityJudge counting =
        (format, level, candidate, earlier) -> {
          if (level == Compatibility.BACKWARD) {
            calls.incrementAndGet(); // the upgrade-order check asks the other direction too
          }
          return List.of();
        };

    // WHEN reviewed
    Review review =
        review(
            mesh(head, List.of()), mesh(base, List.of()), changes, SchemaHistory.none(), counting);

    // THEN only the ten are reviewed and judged
    assertThat(review.products()).hasSize(10);
    assertThat(calls).hasValue(10);
  }

  private static DataProduct topic(DataProduct p, String policy) {
    Topic t = p.topic();
    return ProductBuilder.from(p)
        .topic(
            new Topic(
                t.name(), t.partitions(), t.replicationFactor(), Map.of("cleanup.policy", policy)))
        .build();
  }
}
