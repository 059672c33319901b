package dev.meshcode.resource;

/**
 * How the planner treats a change of one attribute. Providers never decide this; the kind's
 * attribute schema does, so every system is diffed by the same code.
 */
public enum UpdateRule {
  /** Changed in place. */
  IN_PLACE,
  /** May only grow (Kafka partitions); a decrease is a plan-time error. */
  INCREASE_ONLY,
  /** Needs the resource deleted and created again; planned only where that loses nothing. */
  REPLACE,
  /** Cannot change at all (a topic's replication factor in v1); a change is a plan-time error. */
  FORBIDDEN
}
