package dev.meshcode.model;

/**
 * How subjects are named, as in Confluent's serializers' {@code subject.name.strategy}: {@code
 * topic} gives {@code <topic>-value}, {@code record} gives {@code <record full name>}, {@code
 * topic-record} gives {@code <topic>-<record full name>}.
 */
public enum SubjectNaming {
  TOPIC,
  RECORD,
  TOPIC_RECORD
}
