package dev.meshcode.descriptor.git;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.review.BaseRevision;

/** What {@link GitBaseReader} made of the base ref: a base revision to compare with, or why not. */
public sealed interface BaseRead {

  /**
   * @param notes warnings and infos about the base revision itself (a base descriptor that did not
   *     load, a binary schema version left out of the history); never errors, since the head is
   *     what a review judges
   */
  record Found(BaseRevision base, Diagnostics notes) implements BaseRead {}

  /**
   * @param problems why there is no base: errors for a repository or ref the review cannot use (not
   *     a repository, unknown ref, shallow clone, no common ancestor), a warning when the base
   *     simply has no mesh yet
   */
  record Failed(Diagnostics problems) implements BaseRead {}
}
