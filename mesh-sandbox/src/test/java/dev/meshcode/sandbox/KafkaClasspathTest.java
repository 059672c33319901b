package dev.meshcode.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaClasspathTest {

  @Test
  void fromThisJvm_testClasspath_holdsTheBrokerAndItsLogBinding() {
    List<Path> jars = KafkaClasspath.fromThisJvm();

    assertThat(jars)
        .extracting(jar -> jar.getFileName().toString())
        .anyMatch(name -> name.equals("kafka_2.13-4.4.0.jar"))
        .anyMatch(name -> name.startsWith("log4j-slf4j2-impl-"));
  }

  @Test
  void options_classpathWithoutKafka_failsNamingTheMissingArtifact() {
    assertThatThrownBy(
            () -> KafkaBrokerOptions.of(Path.of("target/x"), List.of(Path.of("/lib/other.jar"))))
        .isInstanceOf(KafkaBrokerException.class)
        .hasMessage(
            "no kafka_2.13 jar on the broker classpath (1 jars);"
                + " add org.apache.kafka:kafka_2.13 to the dependencies");
  }
}
