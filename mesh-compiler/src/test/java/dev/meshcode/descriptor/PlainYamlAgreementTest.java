package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PlainYaml} must read whatever it accepts exactly as SnakeYAML does (values, types and
 * positions), and leave everything else to it. Checked on every YAML file of the project, every
 * YAML example of the docs, hand-picked edge cases, and thousands of mutations of all of them.
 */
class PlainYamlAgreementTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern DOC_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  /** Accepted: either reader gives the same documents. Empty: only SnakeYAML reads it. */
  private static Optional<List<PositionedNode>> agree(String text) {
    Optional<List<PositionedNode>> plain = PlainYaml.read("f.yaml", text);
    if (plain.isPresent()) {
      YamlReader.YamlFile snake = new YamlReader().readWithSnakeYaml("f.yaml", text);
      assertThat(snake.problems()).as("SnakeYAML problems with accepted text:%n%s", text).isEmpty();
      List<PositionedNode> expected =
          snake.documents().stream().map(YamlReader.Document::root).toList();
      assertThat(plain.get()).as("documents of:%n%s", text).isEqualTo(expected);
    }
    return plain;
  }

  @Test
  void projectFiles_plainReaderAgreesWithSnakeYaml_andReadsAlmostAllDescriptors() {
    List<String> texts = projectTexts();
    long accepted = texts.stream().filter(t -> agree(t).isPresent()).count();

    assertThat(texts).hasSizeGreaterThan(300);
    assertThat(accepted).as("files the plain reader reads").isGreaterThan(texts.size() * 8L / 10);
  }

  @Test
  void exampleMesh_everyDomainDescriptorIsReadByThePlainReader() throws IOException {
    try (Stream<Path> files = Files.walk(PROJECT.resolve("example-mesh-repo/domains"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(yaml).isNotEmpty();
      for (Path file : yaml) {
        assertThat(agree(Files.readString(file))).as(file.toString()).isPresent();
      }
    }
  }

  @Test
  void mutations_plainReaderNeverDisagrees() {
    Random random = new Random(20261124);
    List<String> texts = projectTexts();
    int checked = 0;
    for (int round = 0; round < 12_000; round++) {
      String text = texts.get(random.nextInt(texts.size()));
      String mutated = YamlMutations.mutate(text, random);
      agree(mutated);
      checked++;
    }
    assertThat(checked).isEqualTo(12_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: |\n  one\n  two\n",
        "a: |-\n  one\n\n  two\n\n\nb: 1\n",
        "a: |\n  one\n  two",
        "a: >\n  one\n  two\n\n  three\n",
        "a: >-\n  folded\n  text\n",
        "a: |\n\n  after a blank line\n",
        "a: | # comment\n  x\n",
        "- |\n  in a list\n- b\n",
        "a:\n  - x: 1\n    y: [a, 'b c', \"d\"]\n  - z\n",
        "a:\n- x\n- y\nb: 2\n",
        "a: 'it''s'\nb: \"q\" # c\n",
        "a: []\nb: {}\nc: [ ]\n",
        "a:\nb: ~\nc: null\nd:   # c\n",
        "n: -1\nf: -.5\ng: .inf\nh: 0o17\ni: 0x1F\nj: 1e5\nk: 1.\nl: +3\n",
        "a: yes\nb: 2024-01-31\nc: True\nd: NULL\n",
        "# head\n---\na: 1\n---\n# only a comment\n---\nb: 2\n",
        "---\n---\n",
        "  a: 1\n  b: 2\n",
        "k: v  \n  # deeper comment\nl: w\n",
        "url: http://x:8081/a#b\nprincipal: User:svc\n",
        "é: ünïcode café\n",
        "a:\n    b:\n        c: deep\n    d: 1\n",
        "a: [x, y\n",
        "a: 'open\n  close'\n",
        "a: plain\n  continued\n",
        "a: \"esc\\n\"\n",
        "a: &x 1\nb: *x\n",
        "a: 1\na: 2\n",
        "a:\tb\n",
        "a: b: c\n",
        "- - a\n",
        "a: |2\n   x\n",
        "a: |+\n  x\n\n",
        "? a\n: b\n",
        "a: >\n  x\n    more indented\n  y\n",
        "...\n",
        "a: 1\r\nb: 2\r\n",
        "key : v\n",
        "a: [1, 2,]\n",
        "a: {b: 1}\n",
        "a: {b: 1, c: [x, {d: e}]}\n",
        "a: { url: http://x:1/p, q: 'it''s' }\n",
        "a: {b: }\n",
        "a: {b: 1,}\n",
        "a: [a: b]\n",
        "a: {\"b\": 1}\n",
        "a: [x, ]\n",
        "a: [x] y\n",
        "a: {b: 1, b: 2}\n",
        "a: { }\nb: [[]]\nc: [{}]\nd: [ {e: 1} , [f] ]\n",
        "a: [-1, -x, a:b]\n",
        "a: |\n  x\n\n\n",
        "a: >\n\n  x\n  y\n\n  z",
      })
  void edgeCases_agree(String text) {
    agree(text);
  }

  @Test
  void largeMappings_agree_andStayLinear() {
    StringBuilder text = new StringBuilder("configs:\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("  key.").append(i).append(": ").append(i).append('\n');
    }
    text.append("  key.7: again\n");

    assertThat(agree(text.toString())).isEmpty();
    assertThat(new YamlReader().read("f.yaml", text.toString()).problems())
        .extracting(d -> d.code())
        .containsExactly("duplicate-key");
  }

  @Test
  void common_shapes_areReadByThePlainReader() {
    for (String text :
        List.of(
            "a: |\n  one\n  two\n",
            "a: >-\n  folded\n  text\n",
            "a:\n- x\n- y\nb: 2\n",
            "a: 'it''s'\nb: \"q\" # c\n",
            "# head\n---\na: 1\n---\nb: 2\n",
            "a:\nb: ~\n")) {
      assertThat(agree(text)).as(text).isPresent();
    }
  }

  private static List<String> projectTexts() {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PROJECT)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .forEach(p -> addTexts(p, texts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  private static void addTexts(Path file, List<String> texts) {
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      } else if (name.endsWith(".md")) {
        Matcher m = DOC_BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          texts.add(m.group(1));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // binary or unreadable fixture files are not YAML examples
    }
  }
}
