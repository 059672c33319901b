package dev.meshcode.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> FIELDS =
      List.of("name", "domain", "owner", "description", "replicationFactor");

  @Test
  void closest_typoOrWrongCase_isFound() {
    assertThat(DidYouMean.closest("descripton", FIELDS)).contains("description");
    assertThat(DidYouMean.closest("replicationfactor", FIELDS)).contains("replicationFactor");
    assertThat(DidYouMean.closest("onwer", FIELDS)).contains("owner");
  }

  @Test
  void closest_unrelatedWord_suggestsNothing() {
    assertThat(DidYouMean.closest("retention", FIELDS)).isEmpty();
  }

  @Test
  void closest_exactMatch_isNoSuggestion() {
    assertThat(DidYouMean.closest("owner", FIELDS)).isEmpty();
  }

  @Test
  void closest_tie_goesToAlphabeticallyFirst() {
    assertThat(DidYouMean.closest("cat", List.of("cut", "bat"))).contains("bat");
  }

  @Test
  void distance_transposition_countsAsOneEdit() {
    assertThat(DidYouMean.distance("onwer", "owner", 10)).isEqualTo(1);
  }

  @Test
  void distance_beyondBound_stopsAtBound() {
    assertThat(DidYouMean.distance("abcdefgh", "zyxwvuts", 3)).isEqualTo(3);
  }

  @Test
  void sentence_formatsSuggestionOrNothing() {
    assertThat(DidYouMean.sentence(Optional.of("x"))).isEqualTo(" Did you mean 'x'?");
    assertThat(DidYouMean.sentence(Optional.empty())).isEmpty();
  }
}
