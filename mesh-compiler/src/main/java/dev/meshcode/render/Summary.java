package dev.meshcode.render;

import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;

/**
 * The counts every output ends with.
 *
 * @param files descriptor files read
 * @param products data products in the loaded mesh
 */
public record Summary(long errors, long warnings, long infos, int files, int products) {

  public static Summary of(Diagnostics diagnostics, int files, int products) {
    return new Summary(
        diagnostics.count(Severity.ERROR),
        diagnostics.count(Severity.WARNING),
        diagnostics.count(Severity.INFO),
        files,
        products);
  }

  /** True when nothing needs fixing: notes alone do not count as problems. */
  public boolean clean() {
    return errors == 0 && warnings == 0;
  }

  /**
   * {@code 2 errors, 1 warning in 14 files (9 products)}, or {@code No problems found in …} when
   * clean.
   */
  public String line() {
    String scope = " in " + plural(files, "file") + " (" + plural(products, "product") + ")";
    if (clean()) {
      return "No problems found" + scope;
    }
    return plural(errors, "error") + ", " + plural(warnings, "warning") + scope;
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
