package dev.meshcode.compat;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.meshcode.model.Compatibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input crashes the judge: every corpus case, with its last version cut short or its bytes
 * flipped at random (fixed seed, so a failure reproduces), is judged without an exception.
 */
class OfflineCompatibilityRobustnessTest {

  private static final String JUNK = "{}[]\":,=;<>\u0000x9#/$";

  private final CompatibilityJudge judge = new OfflineCompatibility();

  static Stream<CorpusCase> cases() {
    return CorpusCase.load(CorpusCase.root("mesh-compiler")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judge_mangledVersions_neverThrows(CorpusCase c) {
    // GIVEN mangled variants of the candidate and of the earlier versions
    Random random = new Random(c.name().hashCode());
    List<String> variants = new ArrayList<>();
    String text = c.candidate().text();
    for (int i = 0; i < 20; i++) {
      variants.add(text.substring(0, random.nextInt(text.length() + 1)));
      char[] chars = text.toCharArray();
      chars[random.nextInt(chars.length)] = JUNK.charAt(random.nextInt(JUNK.length()));
      variants.add(new String(chars));
    }

    // WHEN each is judged at the strictest level, as candidate and as earlier version
    // THEN nothing is thrown
    for (String v : variants) {
      assertThatCode(
              () -> {
                judge.judge(
                    c.format(), Compatibility.FULL_TRANSITIVE, SchemaText.of(v), c.earlier());
                judge.judge(
                    c.format(),
                    Compatibility.FULL_TRANSITIVE,
                    c.candidate(),
                    List.of(SchemaText.of(v)));
              })
          .as("%s with %s", c, v)
          .doesNotThrowAnyException();
    }
  }
}
