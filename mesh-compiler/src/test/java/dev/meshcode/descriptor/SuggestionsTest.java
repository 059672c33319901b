package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS =
      List.of("name", "domain", "owner", "description", "replicationFactor");

  @Test
  void closest_typoOrWrongCase_isFound() {
    assertThat(Suggestions.closest("descripton", FIELDS)).contains("description");
    assertThat(Suggestions.closest("replicationfactor", FIELDS)).contains("replicationFactor");
    assertThat(Suggestions.closest("onwer", FIELDS)).contains("owner");
  }

  @Test
  void closest_unrelatedWord_suggestsNothing() {
    assertThat(Suggestions.closest("retention", FIELDS)).isEmpty();
  }

  @Test
  void distance_transposition_countsAsOneEdit() {
    assertThat(Suggestions.distance("onwer", "owner")).isEqualTo(1);
  }
}
