package dev.meshcode.provider.schemaregistry;

import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.error;
import static dev.meshcode.provider.schemaregistry.ConfluentFake.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryBatchTest {

  private ConfluentFake fake;
  private SchemaRegistryClient client;

  @BeforeEach
  void start() throws IOException {
    fake = new ConfluentFake();
    client =
        SchemaRegistryClient.create(RegistrySettings.of(fake.uri()).withRetry(RetryPolicy.none()));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void run_oneItemFails_othersStillDoneInInputOrder() {
    fake.on("GET /subjects/a/versions", json(200, "[1]"));
    fake.on("GET /subjects/b/versions", error(500, 50001, "store error"));
    fake.on("GET /subjects/c/versions", error(404, 40401, "Subject 'c' not found."));

    Map<String, RegistryBatch.Outcome<Optional<List<Integer>>>> out =
        RegistryBatch.run(List.of("c", "b", "a"), 3, client::versions);

    assertThat(out.keySet()).containsExactly("c", "b", "a");
    assertThat(out.get("a")).isEqualTo(new RegistryBatch.Outcome.Done<>(Optional.of(List.of(1))));
    assertThat(out.get("c")).isEqualTo(new RegistryBatch.Outcome.Done<>(Optional.empty()));
    assertThat(out.get("b"))
        .isInstanceOfSatisfying(
            RegistryBatch.Outcome.Failed.class,
            f -> assertThat(f.error().error()).isEqualTo(RegistryError.SERVER_ERROR));
  }

  @Test
  void run_bugInTheCall_isRethrownNotHidden() {
    assertThatThrownBy(
            () ->
                RegistryBatch.run(
                    List.of("x"),
                    1,
                    s -> {
                      throw new IllegalArgumentException("bug " + s);
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bug x");
  }

  @Test
  void deleteSubject_permanent_softThenHard() {
    fake.on("DELETE /subjects/s", json(200, "[1,2]"));
    fake.on("DELETE /subjects/s?permanent=true", json(200, "[1,2]"));

    assertThat(client.deleteSubject("s", true)).contains(List.of(1, 2));
    assertThat(fake.seen())
        .extracting(ConfluentFake.Seen::target)
        .containsExactly("/subjects/s", "/subjects/s?permanent=true");
  }

  @Test
  void deleteSubject_alreadySoftDeleted40404_goesOnToHard() {
    fake.on("DELETE /subjects/s", error(404, 40404, "Subject 's' was soft deleted."));
    fake.on("DELETE /subjects/s?permanent=true", json(200, "[1]"));

    assertThat(client.deleteSubject("s", true)).contains(List.of(1));
  }

  @Test
  void deleteSubject_unknown40401_isEmpty() {
    fake.on("DELETE /subjects/s", error(404, 40401, "Subject 's' not found."));

    assertThat(client.deleteSubject("s", true)).isEmpty();
    assertThat(fake.seen()).hasSize(1);
  }
}
