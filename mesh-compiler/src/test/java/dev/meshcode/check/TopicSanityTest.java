package dev.meshcode.check;

import static dev.meshcode.check.CheckTesting.check;
import static dev.meshcode.check.CheckTesting.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.Topic;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSanityTest {

  @Test
  void check_minInsyncAboveReplicationFactor_reportsUnwritableTopic() {
    // GIVEN RF 2 with min.insync.replicas 3
    var x =
        product("a", "x").topic(new Topic("a.x", 3, 2, Map.of("min.insync.replicas", "3"))).build();

    // WHEN / THEN
    assertThat(check(x))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unwritable-topic");
              assertThat(d.location())
                  .contains(new SourceLocation("domains/a/x/product.yaml", 15, 26));
              assertThat(d.summary())
                  .isEqualTo(
                      "Topic 'a.x' of product a.x requires 3 in-sync replicas but has only 2.");
            });
  }

  @Test
  void check_minInsyncEqualToReplicationFactor_isWritable() {
    var x =
        product("a", "x").topic(new Topic("a.x", 3, 3, Map.of("min.insync.replicas", "3"))).build();

    assertThat(check(x)).isEmpty();
  }
}
