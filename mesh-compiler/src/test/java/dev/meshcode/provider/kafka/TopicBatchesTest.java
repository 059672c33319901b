package dev.meshcode.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopicBatchesTest {

  private static List<TopicSpec> topics(int count, int partitions, int configs) {
    Map<String, String> values =
        IntStream.range(0, configs).boxed().collect(Collectors.toMap(i -> "k" + i, i -> "v"));
    return IntStream.range(0, count)
        .mapToObj(i -> new TopicSpec("t" + i, partitions, (short) 1, values))
        .collect(Collectors.toList());
  }

  @Test
  void forCreate_2600TopicsOf4Records_splitsAt10000Records() {
    // GIVEN 2,600 topics of 1 topic + 1 partition + 2 config records (10,400: one request fails)
    List<TopicSpec> topics = topics(2_600, 1, 2);

    // WHEN they are batched under Kafka's limits
    List<List<TopicSpec>> batches = TopicBatches.forCreate(topics, 10_000, 10_000);

    // THEN the first batch holds exactly 10,000 records and the order is kept
    assertThat(batches).extracting(List::size).containsExactly(2_500, 100);
    assertThat(batches.get(1).get(0).name()).isEqualTo("t2500");
  }

  @Test
  void forCreate_minInsyncReplicas_countsTheExtraElrRecord() {
    // GIVEN 1,666 topics of 1 partition and 4 configs, one of them min.insync.replicas: 7 records
    // each (measured: Kafka 4.4 rejects them in one request, 11,662 records)
    List<TopicSpec> topics =
        IntStream.range(0, 1_666)
            .mapToObj(
                i ->
                    new TopicSpec(
                        "t" + i,
                        1,
                        (short) 1,
                        Map.of("min.insync.replicas", "1", "a", "1", "b", "2", "c", "3")))
            .collect(Collectors.toList());

    // WHEN batched
    List<List<TopicSpec>> batches = TopicBatches.forCreate(topics, 10_000, 10_000);

    // THEN no batch exceeds 10,000 records: 1,428 × 7 = 9,996
    assertThat(batches).extracting(List::size).containsExactly(1_428, 238);
  }

  @Test
  void forCreate_manyPartitionsFewRecords_splitsOnPartitions() {
    // GIVEN 30 topics of 400 partitions (12,000 partitions, 12,030 records)
    List<TopicSpec> topics = topics(30, 400, 0);

    // WHEN batched with a partition limit below the record limit
    List<List<TopicSpec>> batches = TopicBatches.forCreate(topics, 100_000, 5_000);

    // THEN each batch stays within 5,000 partitions
    assertThat(batches).extracting(List::size).containsExactly(12, 12, 6);
  }

  @Test
  void forCreate_oneTopicOverTheLimit_goesAloneSoOnlyItFails() {
    // GIVEN a small topic, an oversized one, and another small one
    List<TopicSpec> topics =
        List.of(
            new TopicSpec("a", 1, (short) 1, Map.of()),
            new TopicSpec("huge", 20_000, (short) 1, Map.of()),
            new TopicSpec("b", 1, (short) 1, Map.of()));

    // WHEN batched
    List<List<TopicSpec>> batches = TopicBatches.forCreate(topics, 10_000, 10_000);

    // THEN the oversized topic has a batch of its own
    assertThat(batches)
        .extracting(b -> b.stream().map(TopicSpec::name).collect(Collectors.toList()))
        .containsExactly(List.of("a"), List.of("huge"), List.of("b"));
  }

  @Test
  void chunks_2001Names_threeSlices() {
    List<List<Integer>> chunks =
        TopicBatches.chunks(IntStream.range(0, 2_001).boxed().collect(Collectors.toList()), 1_000);

    assertThat(chunks).extracting(List::size).containsExactly(1_000, 1_000, 1);
  }
}
