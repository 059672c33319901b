package dev.meshcode.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An immutable, sorted set of diagnostics. Sorting happens once, here, so that every renderer
 * prints the same order and golden files stay stable.
 */
public record Diagnostics(List<Diagnostic> all) {

  public Diagnostics {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(Diagnostic.ORDER);
    all = List.copyOf(sorted);
  }

  public static Diagnostics of(Collection<Diagnostic> diagnostics) {
    return new Diagnostics(List.copyOf(diagnostics));
  }

  public static Diagnostics none() {
    return new Diagnostics(List.of());
  }

  public Diagnostics plus(Diagnostics more) {
    List<Diagnostic> merged = new ArrayList<>(all);
    merged.addAll(more.all);
    return new Diagnostics(merged);
  }

  public long count(Severity severity) {
    return all.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }
}
