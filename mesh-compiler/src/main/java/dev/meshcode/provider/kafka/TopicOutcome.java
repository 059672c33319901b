package dev.meshcode.provider.kafka;

/**
 * What happened to one topic in a batched call.
 *
 * @param message empty when the status is {@code DONE}; otherwise Kafka's reason, secrets removed
 */
public record TopicOutcome(String topic, Status status, String message) {

  public enum Status {
    /** Kafka did it. */
    DONE,
    /** Nothing to do: it already existed (create), was already gone (delete), already had it. */
    ALREADY_DONE,
    /** Kafka refused or did not answer; {@code message} says why. */
    FAILED
  }

  public static TopicOutcome done(String topic) {
    return new TopicOutcome(topic, Status.DONE, "");
  }

  public static TopicOutcome alreadyDone(String topic, String message) {
    return new TopicOutcome(topic, Status.ALREADY_DONE, message);
  }

  public static TopicOutcome failed(String topic, String message) {
    return new TopicOutcome(topic, Status.FAILED, message);
  }

  public boolean succeeded() {
    return status != Status.FAILED;
  }
}
