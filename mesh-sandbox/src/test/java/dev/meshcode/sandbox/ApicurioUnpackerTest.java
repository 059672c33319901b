package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioUnpackerTest {

  private static final String LONG =
      "lib/main/org.eclipse.microprofile.reactive-streams-operators."
          + "microprofile-reactive-streams-operators-api-3.0.1.jar";

  @TempDir Path dir;

  @Test
  void unpack_paxLongNamesAndDirectories_extractsOnceThenReuses() throws IOException {
    // GIVEN a pax archive shaped like Apicurio's: a directory, a long name, the launch jar
    Path tarball = dir.resolve("apicurio-registry-app-3.3.3-all.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tarball))) {
      entry(out, "lib/", '5', new byte[0]);
      paxEntry(out, LONG, "jar bytes");
      entry(out, "quarkus-run.jar", '0', "run".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[1024]);
    }
    Path into = dir.resolve("dist");

    // WHEN it is unpacked twice
    ApicurioDistribution first = ApicurioDistribution.unpack(tarball, into);
    Files.writeString(into.resolve("quarkus-run.jar"), "touched");
    ApicurioDistribution second = ApicurioDistribution.unpack(tarball, into);

    // THEN the long name is whole, the layout is 3.x, and the second call reused the directory
    assertThat(into.resolve(LONG)).hasContent("jar bytes");
    assertThat(first.release()).isEqualTo(ApicurioRelease.V3);
    assertThat(second.launchJar()).hasContent("touched");
    assertThat(dir.resolve("dist.unpacking")).doesNotExist();
  }

  @Test
  void extract_entryEscapingTarget_isRefused() throws IOException {
    Path tarball = dir.resolve("evil.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tarball))) {
      entry(out, "../evil.txt", '0', "x".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[1024]);
    }

    assertThatThrownBy(() -> ApicurioUnpacker.extract(tarball, dir.resolve("t")))
        .isInstanceOf(IOException.class)
        .hasMessage("archive entry outside the target directory: ../evil.txt");
    assertThat(dir.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void of_directoryWithoutLaunchJar_saysWhatIsMissing() {
    assertThatThrownBy(() -> ApicurioDistribution.of(dir))
        .isInstanceOf(ApicurioException.class)
        .hasMessageContaining("neither quarkus-run.jar nor *-runner.jar");
  }

  private static void paxEntry(OutputStream out, String path, String content) throws IOException {
    String record = " path=" + path + "\n";
    int len = record.length() + 3;
    byte[] pax = (len + record).getBytes(StandardCharsets.UTF_8);
    entry(out, "./PaxHeaders.X/truncated", 'x', pax);
    entry(out, path.substring(0, 99), '0', content.getBytes(StandardCharsets.UTF_8));
  }

  private static void entry(OutputStream out, String name, char type, byte[] data)
      throws IOException {
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 124, String.format("%011o", data.length));
    h[156] = (byte) type;
    put(h, 257, "ustar");
    h[262] = 0;
    put(h, 263, "00");
    out.write(h);
    out.write(data);
    ByteArrayOutputStream pad = new ByteArrayOutputStream();
    pad.write(new byte[(512 - data.length % 512) % 512]);
    out.write(pad.toByteArray());
  }

  private static void put(byte[] h, int offset, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, h, offset, b.length);
  }
}
