package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioJavaTest {

  @TempDir Path dir;

  @Test
  void choose_jdk21Present_picksThreeXOnIt() throws IOException {
    Path jdk17 = fakeJdk("jdk17", "17.0.15");
    Path jdk25 = fakeJdk("jdk25", "25.0.3");

    var choice = ApicurioJava.choose(List.of(jdk17, jdk25));

    assertThat(choice).isPresent();
    assertThat(choice.get().release()).isEqualTo(ApicurioRelease.V3);
    assertThat(choice.get().java().feature()).isEqualTo(25);
    assertThat(choice.get().java().executable()).isEqualTo(jdk25.resolve("bin/java"));
  }

  @Test
  void choose_onlyJava17_fallsBackToTwoSix() throws IOException {
    var choice = ApicurioJava.choose(List.of(fakeJdk("jdk17", "17.0.15")));

    assertThat(choice).map(ApicurioChoice::release).contains(ApicurioRelease.V2);
    assertThat(ApicurioRelease.V2.coordinates())
        .isEqualTo("io.apicurio:apicurio-registry-app:2.6.13.Final:tar.gz:all");
  }

  @Test
  void choose_onlyJava11OrNothing_isEmpty() throws IOException {
    assertThat(ApicurioJava.choose(List.of(fakeJdk("jdk11", "11.0.2"), dir.resolve("nope"))))
        .isEmpty();
  }

  @Test
  void featureOf_legacyVersionString_readsTheSecondNumber() throws IOException {
    assertThat(ApicurioJava.featureOf(fakeJdk("jdk8", "1.8.0_412"))).isEqualTo(OptionalInt.of(8));
  }

  @Test
  void candidateHomes_includeTheRunningJvm() {
    assertThat(ApicurioJava.candidateHomes()).contains(Path.of(System.getProperty("java.home")));
  }

  private Path fakeJdk(String name, String version) throws IOException {
    Path home = dir.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path java = Files.createFile(home.resolve("bin/java"));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
