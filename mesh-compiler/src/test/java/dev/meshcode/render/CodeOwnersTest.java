package dev.meshcode.render;

import static dev.meshcode.testing.MeshFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.Domain;
import dev.meshcode.model.Endpoint;
import dev.meshcode.model.Environment;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.Origin;
import dev.meshcode.model.PolicySpec;
import dev.meshcode.model.Query;
import dev.meshcode.model.QueryEngine;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaSource;
import dev.meshcode.model.SchemaSpec;
import dev.meshcode.testing.MeshFixtures;
import dev.meshcode.testing.ProductBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeOwnersTest {

  private static final String REGENERATE = "mvn mesh:codeowners";

  @Test
  void render_meshWithGovernanceSharedSchemaAndQuery_matchesGolden() throws IOException {
    // GIVEN two domains, a shared schema used by both, a derived product with a query,
    // a policy and an environment, in a mesh that sits in a sub-folder of the repository
    CodeOwnersSettings settings =
        new CodeOwnersSettings(
            "example-mesh-repo", Optional.of("acme"), List.of("@platform-team"), REGENERATE);

    // WHEN
    CodeOwners.Result result = new CodeOwners(settings).render(sampleMesh());

    // THEN
    GoldenFiles.assertMatches("codeowners/sample.CODEOWNERS", result.text());
    assertThat(result.diagnostics().isEmpty()).isTrue();
  }

  @Test
  void render_sharedSchema_isOwnedByEveryDomainThatNamesIt() {
    // GIVEN / WHEN
    String text = render(sampleMesh(), "", Optional.empty(), List.of("@platform-team"));

    // THEN
    assertThat(text.lines())
        .contains("/shared/money.avsc @analytics-team @execution-team")
        .contains("/domains/execution/trades/product.yaml @execution-team")
        .contains("/domains/analytics/big-trades/query.sql @analytics-team");
  }

  @Test
  void render_organisation_prefixesBareHandlesAndKeepsQualifiedOnes() {
    // GIVEN governance owners written both ways, and an e-mail address
    List<String> governance = List.of("@platform-team", "@other-org/security", "ops@acme.example");

    // WHEN
    String text = render(sampleMesh(), "", Optional.of("@acme"), governance);

    // THEN
    assertThat(text.lines())
        .contains("/mesh.yaml @acme/platform-team @other-org/security ops@acme.example")
        .contains("/domains/execution/domain.yaml @acme/execution-team");
  }

  @Test
  void render_withoutGovernanceOwners_leavesGovernanceFilesOutAndSaysSo() {
    // GIVEN
    CodeOwnersSettings settings =
        new CodeOwnersSettings("", Optional.empty(), List.of(), REGENERATE);

    // WHEN
    CodeOwners.Result result = new CodeOwners(settings).render(sampleMesh());

    // THEN
    assertThat(result.text()).doesNotContain("/mesh.yaml").doesNotContain("/policies/");
    assertThat(result.diagnostics().all())
        .containsExactly(
            new Diagnostic(
                Severity.INFO,
                "codeowners-no-governance-owners",
                "CODEOWNERS gives no owner to 3 governance files: environments/prod.yaml,"
                    + " mesh.yaml, policies/durability.yaml.",
                "",
                "Name the governance owners (for example `@platform-team`) when generating"
                    + " CODEOWNERS, so that changes to mesh.yaml, policies and environments need"
                    + " their approval.",
                Optional.of(SourceLocation.ofFile("mesh.yaml"))));
  }

  @Test
  void render_pathsWithSpacesAndGlobCharacters_areEscaped() {
    // GIVEN a product folder named with a space and a star
    Mesh mesh = meshOf(product("execution", "odd", "domains/execution/my odd*/product.yaml"));

    // WHEN
    String text = render(mesh, "mesh root", Optional.empty(), List.of("@p"));

    // THEN
    assertThat(text.lines())
        .contains("/mesh\\ root/domains/execution/my\\ odd\\*/product.yaml @execution-team");
  }

  @Test
  void render_pathWithHash_isLeftOutWithAWarning() {
    // GIVEN a descriptor path CODEOWNERS cannot express on GitHub
    Mesh mesh = meshOf(product("execution", "odd", "domains/execution/#odd/product.yaml"));

    // WHEN
    CodeOwners.Result result =
        new CodeOwners(new CodeOwnersSettings("", Optional.empty(), List.of("@p"), REGENERATE))
            .render(mesh);

    // THEN
    assertThat(result.text()).doesNotContain("#odd");
    assertThat(result.diagnostics().all())
        .containsExactly(
            Diagnostic.warning(
                "codeowners-unsupported-path",
                SourceLocation.ofFile("domains/execution/#odd/product.yaml"),
                "The path `domains/execution/#odd/product.yaml` cannot be written in CODEOWNERS,"
                    + " so the file has no owner.",
                "Rename the file without `#`, `[`, `]` or control characters."));
  }

  @Test
  void render_repositoryPrefixWithBracket_leavesEveryFileOutWithWarnings() {
    // GIVEN a mesh in a folder whose name CODEOWNERS cannot express
    Mesh mesh = meshOf(product("execution", "odd", "domains/execution/odd/product.yaml"));

    // WHEN
    CodeOwners.Result result =
        new CodeOwners(new CodeOwnersSettings("meshes[1]", Optional.empty(), List.of("@p"), "cmd"))
            .render(mesh);

    // THEN
    assertThat(result.text().lines()).noneMatch(line -> line.startsWith("/"));
    assertThat(result.diagnostics().all())
        .extracting(Diagnostic::code)
        .containsOnly("codeowners-unsupported-path")
        .hasSize(3);
  }

  @Test
  void render_productOfUndeclaredDomain_getsNoLine() {
    // GIVEN a product whose domain is not declared (the reference check reports it)
    DataProduct orphan = MeshFixtures.product("ghost", "trades");
    Mesh mesh = new Mesh(MeshFixtures.settings(), List.of(), List.of(orphan), List.of(), List.of());

    // WHEN
    String text = render(mesh, "", Optional.empty(), List.of("@p"));

    // THEN
    assertThat(text).doesNotContain("ghost").contains("/mesh.yaml @p\n");
  }

  @Test
  void render_inputOrder_doesNotChangeTheBytes() {
    // GIVEN the same mesh with its lists in reverse order
    Mesh mesh = sampleMesh();
    List<DataProduct> products = new ArrayList<>(mesh.products());
    Collections.reverse(products);
    List<Domain> domains = new ArrayList<>(mesh.domains());
    Collections.reverse(domains);
    Mesh reversed =
        new Mesh(mesh.settings(), domains, products, mesh.policies(), mesh.environments());

    // WHEN / THEN
    assertThat(render(reversed, "x", Optional.empty(), List.of("@p")))
        .isEqualTo(render(mesh, "x", Optional.empty(), List.of("@p")));
  }

  @Test
  void render_header_saysGeneratedAndHowToRegenerate() {
    // GIVEN / WHEN
    String text = render(sampleMesh(), "", Optional.empty(), List.of("@p"));

    // THEN
    assertThat(text)
        .startsWith(
            "# CODEOWNERS generated by meshcode from the mesh `test-mesh` (mesh root: /).\n")
        .contains("#   mvn mesh:codeowners\n");
  }

  private static String render(
      Mesh mesh, String prefix, Optional<String> organisation, List<String> governance) {
    return new CodeOwners(new CodeOwnersSettings(prefix, organisation, governance, REGENERATE))
        .render(mesh)
        .text();
  }

  private static Mesh meshOf(DataProduct... products) {
    return MeshFixtures.mesh(List.of(products), List.of());
  }

  private static DataProduct product(String domain, String name, String file) {
    return ProductBuilder.from(MeshFixtures.product(domain, name))
        .origin(Origin.of(at(file, 1)))
        .valueSchema(Optional.empty())
        .build();
  }

  /** Execution publishes trades (with a shared Money reference); analytics derives big-trades. */
  private static Mesh sampleMesh() {
    SchemaReference money =
        new SchemaReference(
            "test.Money",
            "shared.money-value",
            new SchemaSource("shared/money.avsc", "{}"),
            at("domains/execution/trades/product.yaml", 14));
    DataProduct trades = withReference(MeshFixtures.product("execution", "trades"), money);
    String bigFile = "domains/analytics/big-trades/product.yaml";
    DataProduct bigTrades =
        ProductBuilder.from(withReference(MeshFixtures.product("analytics", "big-trades"), money))
            .inputs("execution.trades")
            .query(
                Optional.of(
                    new Query(
                        QueryEngine.FLINK,
                        "domains/analytics/big-trades/query.sql",
                        "SELECT 1",
                        at(bigFile, 20))))
            .build();
    PolicySpec policy =
        new PolicySpec("durability", "", List.of(), Origin.of(at("policies/durability.yaml", 1)));
    Environment prod =
        new Environment(
            "prod",
            "",
            new Endpoint("localhost:9092", Optional.empty(), java.util.Map.of(), at("x", 1)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            EnvironmentOverrides.none(),
            Origin.of(at("environments/prod.yaml", 1)));
    return new Mesh(
        MeshFixtures.settings(),
        List.of(MeshFixtures.domain("execution"), MeshFixtures.domain("analytics")),
        List.of(trades, bigTrades),
        List.of(policy),
        List.of(prod));
  }

  private static DataProduct withReference(DataProduct product, SchemaReference reference) {
    SchemaSpec value = product.valueSchema().orElseThrow();
    SchemaSpec referring =
        new SchemaSpec(
            value.role(),
            value.format(),
            value.source(),
            value.subject(),
            value.compatibility(),
            List.of(reference),
            value.location());
    return ProductBuilder.from(product).valueSchema(Optional.of(referring)).build();
  }
}
