package dev.meshcode.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.model.ProductId;
import dev.meshcode.plan.Action;
import dev.meshcode.plan.AttributeChange;
import dev.meshcode.plan.ChangeReason;
import dev.meshcode.plan.Plan;
import dev.meshcode.plan.ResourceChange;
import dev.meshcode.resource.ResourceAddress;
import dev.meshcode.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTextTest {

  @Test
  void render_multiLineUpdate_marksOldAndNewLines() {
    // GIVEN a Protobuf schema update
    AttributeChange schema =
        new AttributeChange(
            "schema",
            Optional.of("message Q {\n  string s = 1;\n}\n"),
            Optional.of("message Q {\n  string s = 1;\n  int64 n = 2;\n}\n"),
            false,
            Optional.empty());

    // WHEN rendered
    String text =
        new PlanText().render(plan(Action.UPDATE, ChangeReason.NEW_SCHEMA_VERSION, schema));

    // THEN whole lines are shown, old ones with -, new ones with +
    assertThat(text)
        .isEqualTo(
            "meshcode will perform the following actions:\n\n"
                + "~ schema.x.q-value  (x.q: the schema changed: a new version is registered)\n"
                + "    schema:\n"
                + "      - message Q {\n"
                + "      -   string s = 1;\n"
                + "      - }\n"
                + "      + message Q {\n"
                + "      +   string s = 1;\n"
                + "      +   int64 n = 2;\n"
                + "      + }\n\n"
                + "Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.\n");
  }

  @Test
  void render_replaceWithOverride_usesTerraformMarkerAndNote() {
    AttributeChange level =
        new AttributeChange(
            "compatibility",
            Optional.of("BACKWARD"),
            Optional.of("FULL"),
            false,
            Optional.of("example=1, declared 2"));

    String text =
        new PlanText()
            .render(plan(Action.REPLACE, ChangeReason.IMMUTABLE_ATTRIBUTE_CHANGED, level));

    assertThat(text)
        .contains(
            "-/+ schema.x.q-value  (x.q: an attribute that cannot change in place changed)\n"
                + "    compatibility: BACKWARD → FULL  (override: example=1, declared 2)\n")
        .endsWith("Plan: 0 to create, 0 to update, 1 to replace, 0 to delete.\n");
  }

  @Test
  void render_emptyPlan_saysLiveStateMatches() {
    Plan empty = Plan.of(List.of(), Diagnostics.none(), Map.of());

    assertThat(new PlanText().render(empty))
        .isEqualTo("No changes. Live state matches the mesh.\n");
    assertThat(new PlanMarkdown().render(empty))
        .isEqualTo("## meshcode plan\n\n**No changes. Live state matches the mesh.**\n");
  }

  private static Plan plan(Action action, ChangeReason reason, AttributeChange change) {
    ResourceChange resource =
        new ResourceChange(
            new ResourceAddress(ResourceKind.SCHEMA, "x.q-value"),
            Optional.of(new ProductId("x", "q")),
            action,
            reason,
            List.of(change),
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            List.of());
    return Plan.of(List.of(resource), Diagnostics.none(), Map.of());
  }
}
