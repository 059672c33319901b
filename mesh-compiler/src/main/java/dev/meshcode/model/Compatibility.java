package dev.meshcode.model;

/** Schema Registry's compatibility levels, spelled exactly as the registry spells them. */
public enum Compatibility {
  BACKWARD,
  BACKWARD_TRANSITIVE,
  FORWARD,
  FORWARD_TRANSITIVE,
  FULL,
  FULL_TRANSITIVE,
  NONE
}
