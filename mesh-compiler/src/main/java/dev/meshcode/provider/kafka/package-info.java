/**
 * The Kafka adapter: changes topics through the Kafka AdminClient and reads them with one Metadata
 * request for every topic and one keyed DescribeConfigs, on kafka-clients' network layer and
 * connections of its own to a bootstrap server (see {@code BrokerChannel}); always in batches
 * (never one request per topic), with an outcome per topic so one failure never sinks a batch. It
 * speaks in its own small records ({@link dev.meshcode.provider.kafka.TopicSpec}, {@link
 * dev.meshcode.provider.kafka.LiveTopic}, {@link dev.meshcode.provider.kafka.TopicOutcome}); the
 * provider port wraps them: {@link dev.meshcode.provider.kafka.KafkaProvider} translates the
 * planner's attributes and changes to those calls and back. It never diffs: it reports what is
 * there, and the planner decides.
 *
 * <p>May depend on the JDK, {@code org.apache.kafka.clients}/{@code common}, and (for {@code
 * KafkaProvider} and its helpers only) the provider port, {@code plan}, {@code resource} and {@code
 * state}; never on {@code api}, which would close a package cycle. Does no file I/O. No secret
 * reaches a {@code toString}, an exception message or an outcome.
 */
package dev.meshcode.provider.kafka;
