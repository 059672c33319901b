package dev.meshcode.review;

/** How a file differs between the base revision and the head. */
public enum ChangeKind {
  ADDED,
  MODIFIED,
  DELETED,
  RENAMED
}
