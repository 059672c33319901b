package dev.meshcode.descriptor.git;

import static dev.meshcode.descriptor.git.GitBaseChangesTest.TRADES;
import static dev.meshcode.descriptor.git.GitBaseChangesTest.tradingMesh;
import static dev.meshcode.descriptor.git.MeshTexts.avro;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Severity;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.ProductId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems of the base itself are notes beside a usable base, and the temporary copy is gone. */
class GitBaseNotesTest {

  private static final byte[] JUNK = {'{', 0, 1, 2, (byte) 0xff, '}'};

  @TempDir Path dir;

  @Test
  void read_binaryJunkInABaseSchema_isReportedAndLeftOutOfBaseAndHistory() throws Exception {
    String label;
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.write(TRADES + "trades.avsc", JUNK);
      label = "main (" + repo.commit("oops").abbreviate(7).name() + ")";
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("repaired");
    }

    BaseRead read = new GitBaseReader().read(dir, "main");

    assertThat(read).isInstanceOf(BaseRead.Found.class);
    BaseRead.Found found = (BaseRead.Found) read;
    assertThat(found.notes().all())
        .containsExactly(
            Diagnostic.warning(
                "base-schema-binary",
                SourceLocation.ofFile(TRADES + "trades.avsc"),
                "`"
                    + TRADES
                    + "trades.avsc` held binary data, not text, in 1 earlier version(s); they are"
                    + " left out of its history.",
                "Compatibility is judged without those versions; check the file's history if a"
                    + " transitive level matters."),
            new Diagnostic(
                Severity.INFO,
                "base-invalid",
                "At the base revision `"
                    + label
                    + "`: `"
                    + TRADES
                    + "trades.avsc` is a binary file, not text.",
                "",
                "The base is only compared with; products that did not load there count as new.",
                Optional.of(SourceLocation.ofFile(TRADES + "trades.avsc"))));
    assertThat(found.base().history().earlierVersions(TRADES + "trades.avsc"))
        .containsExactly(avro("Trade", "id"));
    assertThat(found.base().mesh().product(new ProductId("execution", "trades"))).isEmpty();
  }

  @Test
  void read_anyOutcome_leavesNoTemporaryCopyBehind() throws Exception {
    long before = baseCopies();
    try (GitRepo repo = tradingMesh(dir, "")) {
      repo.branch("feature").write(TRADES + "trades.avsc", avro("Trade", "id", "price"));
      repo.commit("price");
    }

    BaseRead read = new GitBaseReader().read(dir, "main");

    assertThat(read).isInstanceOf(BaseRead.Found.class);
    assertThat(baseCopies()).isEqualTo(before);
  }

  private static long baseCopies() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> all = Files.list(tmp)) {
      return all.filter(p -> p.getFileName().toString().startsWith("meshcode-base-")).count();
    }
  }
}
