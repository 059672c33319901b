package dev.meshcode.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.model.Compatibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The offline judge answers every case of the shared corpus at every level as expected. */
class OfflineCompatibilityCorpusTest {

  private final CompatibilityJudge judge = new OfflineCompatibility();

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (CorpusCase c : CorpusCase.load(CorpusCase.root("mesh-compiler"))) {
      for (Compatibility level : Compatibility.values()) {
        out.add(Arguments.of(c, level));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void judge_corpusCase_answersAsExpected(CorpusCase c, Compatibility level) {
    // GIVEN a corpus case and its expectation at this level
    CorpusCase.Expected expected = c.expected().get(level);

    // WHEN the offline judge compares the last version with the earlier ones
    List<Incompatibility> found = judge.judge(c.format(), level, c.candidate(), c.earlier());

    // THEN it is compatible exactly when expected, and names the expected paths
    Set<String> paths = new TreeSet<>();
    found.forEach(i -> paths.add(i.path()));
    assertThat(found.isEmpty()).as("compatible; found %s", found).isEqualTo(expected.compatible());
    assertThat(paths).as("paths of %s", found).isEqualTo(expected.paths());
    assertThat(found).allSatisfy(i -> assertThat(i.reason()).isNotBlank());
  }

  @org.junit.jupiter.api.Test
  void corpus_everyFormat_hasAtLeastTwelveCases() {
    List<CorpusCase> all = CorpusCase.load(CorpusCase.root("mesh-compiler"));
    for (dev.meshcode.model.SchemaFormat f : dev.meshcode.model.SchemaFormat.values()) {
      assertThat(all.stream().filter(c -> c.format() == f).count())
          .as(f.name())
          .isGreaterThanOrEqualTo(12);
    }
  }
}
