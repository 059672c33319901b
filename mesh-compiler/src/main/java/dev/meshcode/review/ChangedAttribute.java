package dev.meshcode.review;

/**
 * One attribute of a product that differs between the base and the head, as text.
 *
 * @param name the descriptor path, such as {@code topic.partitions} or {@code schemas.value.text}
 * @param before the base value; empty when the base did not set it
 * @param after the head value; empty when the head does not set it
 */
public record ChangedAttribute(String name, String before, String after) {}
