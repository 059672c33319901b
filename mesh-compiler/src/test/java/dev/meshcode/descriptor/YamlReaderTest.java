package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.ScalarType;
import dev.meshcode.diag.SourceLocation;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private static Mapping read(String text) {
    YamlReader.YamlFile file = new YamlReader().read("f.yaml", text);
    assertThat(file.problems()).isEmpty();
    return (Mapping) file.documents().get(0).root();
  }

  private static Scalar value(Mapping m, String key) {
    return (Scalar)
        m.entries().stream()
            .filter(e -> e.key().text().equals(key))
            .findFirst()
            .orElseThrow()
            .value();
  }

  @Test
  void read_plainScalars_resolveByYaml12CoreSchema() {
    Mapping m = read("a: no\nb: 2026-01-31\nc: 0x10\nd: 1.5\ne: true\nf: ~\ng: \"7\"\n");

    assertThat(value(m, "a").type()).isEqualTo(ScalarType.STRING);
    assertThat(value(m, "b").type()).isEqualTo(ScalarType.STRING);
    assertThat(value(m, "c").type()).isEqualTo(ScalarType.INT);
    assertThat(value(m, "d").type()).isEqualTo(ScalarType.FLOAT);
    assertThat(value(m, "e").type()).isEqualTo(ScalarType.BOOL);
    assertThat(value(m, "f").type()).isEqualTo(ScalarType.NULL);
    assertThat(value(m, "g").type()).isEqualTo(ScalarType.STRING);
  }

  @Test
  void read_scalars_rememberWhereTheirTextStarts() {
    Mapping m = read("plain: x\nquoted: \"y\"\nblock: |\n\n    first line\n");

    assertThat(value(m, "plain").textAt()).isEqualTo(new SourceLocation("f.yaml", 1, 8));
    assertThat(value(m, "quoted").textAt()).isEqualTo(new SourceLocation("f.yaml", 2, 10));
    assertThat(value(m, "block").textAt()).isEqualTo(new SourceLocation("f.yaml", 5, 5));
  }

  @Test
  void read_multiDocumentFile_keepsNonEmptyDocumentsInOrder() {
    YamlReader.YamlFile file = new YamlReader().read("f.yaml", "a: 1\n---\n---\nb: 2\n");

    assertThat(file.documents()).hasSize(2);
    assertThat(file.documents().get(1).root().at()).isEqualTo(new SourceLocation("f.yaml", 4, 1));
  }

  @Test
  void read_recursiveAlias_isReportedNotFollowedForever() {
    YamlReader.YamlFile file = new YamlReader().read("f.yaml", "a: &x [*x]\n");

    assertThat(file.problems()).extracting(d -> d.code()).containsExactly("yaml-too-complex");
  }
}
