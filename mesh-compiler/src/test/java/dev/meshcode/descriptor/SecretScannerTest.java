package dev.meshcode.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.testing.DiagnosticLines;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScannerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "secret",
        "token",
        "apiKey",
        "apiSecret",
        "api-key",
        "sasl.jaas.config",
        "ssl.key.password",
        "ssl.keystore.password",
        "ssl.truststore.password",
        "basic.auth.user.info"
      })
  void isSecretKey_secretLikeNames_areSecrets(String key) {
    assertThat(SecretScanner.isSecretKey(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"username", "server", "url", "security.protocol", "tokenEndpoint"})
  void isSecretKey_ordinaryNames_areNot(String key) {
    assertThat(SecretScanner.isSecretKey(key)).isFalse();
  }

  @Test
  void scan_referencesAndInlineValues_reportsOnlyInlineOnesWithoutTheirValue() {
    String yaml =
        "a:\n  password: \"${env:A_PASS}\"\n  token: SECRET-abc\n  list:\n    - apiKey: 12345\n";
    PositionedNode doc = new YamlReader().read("e.yaml", yaml).documents().get(0).root();

    List<Diagnostic> found = SecretScanner.scan(doc);

    assertThat(found)
        .extracting(DiagnosticLines::line)
        .containsExactly(
            "error inline-secret e.yaml:3:10 `a.token` holds a secret written inline; secrets must"
                + " not be stored in the repository.",
            "error inline-secret e.yaml:5:15 `a.list[0].apiKey` holds a secret written inline;"
                + " secrets must not be stored in the repository.");
    assertThat(found)
        .allSatisfy(d -> assertThat(d.summary() + d.hint()).doesNotContain("SECRET-", "12345"));
  }
}
