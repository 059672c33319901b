package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.descriptor.PositionedNode.ScalarType;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreScalarsTest {

  /** The YAML 1.2 core schema's own patterns, in the order a resolver tries them: the oracle. */
  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");

  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

  private static ScalarType oracle(String text) {
    if (BOOL.matcher(text).matches()) {
      return ScalarType.BOOL;
    }
    if (INT.matcher(text).matches()) {
      return ScalarType.INT;
    }
    if (FLOAT.matcher(text).matches()) {
      return ScalarType.FLOAT;
    }
    return NULL.matcher(text).matches() ? ScalarType.NULL : ScalarType.STRING;
  }

  @ParameterizedTest
  @CsvSource({
    "1, INT",
    "-12, INT",
    "+3, INT",
    "0o17, INT",
    "0x1F, INT",
    "0o8, STRING",
    "0x, STRING",
    "1.5, FLOAT",
    "1., FLOAT",
    ".5, FLOAT",
    "-.5, FLOAT",
    "1e5, FLOAT",
    "1.2E-3, FLOAT",
    ".inf, FLOAT",
    "-.Inf, FLOAT",
    ".nan, FLOAT",
    "+.nan, STRING",
    "1e, STRING",
    "., STRING",
    "true, BOOL",
    "False, BOOL",
    "yes, STRING",
    "no, STRING",
    "~, NULL",
    "null, NULL",
    "2024-01-31, STRING",
    "1_000, STRING",
    "'', NULL"
  })
  void type_followsTheCoreSchema(String text, ScalarType expected) {
    assertThat(CoreScalars.type(text)).isEqualTo(expected);
  }

  @Test
  void type_agreesWithTheCoreSchemaPatterns_onRandomText() {
    String alphabet = "0123456789+-.eExXoabfAFinIfNnNaturTRUElsL~ _";
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(7);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(CoreScalars.type(s)).as("type of '%s'", s).isEqualTo(oracle(s));
    }
  }
}
