package dev.meshcode.descriptor;

import dev.meshcode.descriptor.PositionedNode.Entry;
import dev.meshcode.descriptor.PositionedNode.Mapping;
import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code apiVersion} and {@code kind}, which decide how the rest of a document is checked.
 * Both are reported when both are wrong, so one run shows every problem.
 */
final class KindDispatcher {

  /** The kind, when the document declared a supported version and a known kind. */
  record Dispatched(Optional<Kind> kind, List<Diagnostic> problems) {}

  private KindDispatcher() {}

  static Dispatched dispatch(PositionedNode document) {
    if (!(document instanceof Mapping mapping)) {
      return new Dispatched(
          Optional.empty(),
          List.of(
              Diagnostic.error(
                  "wrong-type",
                  document.at(),
                  "The document is "
                      + (document instanceof Scalar ? "plain text" : "a list")
                      + ", but a descriptor must be a mapping that starts with `apiVersion` and"
                      + " `kind`.",
                  "Start the document with `apiVersion: "
                      + Kind.API_VERSION
                      + "` and `kind: <kind>` on their own lines.")));
    }
    List<Diagnostic> problems = new ArrayList<>();
    checkVersion(mapping, problems);
    Optional<Kind> kind = kind(mapping, problems);
    return new Dispatched(problems.isEmpty() ? kind : Optional.empty(), problems);
  }

  private static void checkVersion(Mapping mapping, List<Diagnostic> problems) {
    Optional<Entry> version = entry(mapping, "apiVersion");
    if (version.isEmpty()) {
      problems.add(
          Diagnostic.error(
              "missing-field",
              mapping.at(),
              "The document has no `apiVersion`.",
              "Add `apiVersion: " + Kind.API_VERSION + "` as its first line."));
    } else if (!Kind.API_VERSION.equals(text(version.get()))) {
      problems.add(
          Diagnostic.error(
              "unknown-api-version",
              version.get().value().at(),
              "`apiVersion` is `"
                  + text(version.get())
                  + "`, but this meshcode reads only `"
                  + Kind.API_VERSION
                  + "`.",
              "Write `apiVersion: " + Kind.API_VERSION + "`."));
    }
  }

  private static Optional<Kind> kind(Mapping mapping, List<Diagnostic> problems) {
    Optional<Entry> kind = entry(mapping, "kind");
    if (kind.isEmpty()) {
      problems.add(
          Diagnostic.error(
              "missing-field",
              mapping.at(),
              "The document has no `kind`.",
              "Add `kind:` with one of " + QuotedWords.quoted(Kind.spellings()) + "."));
      return Optional.empty();
    }
    String written = text(kind.get());
    Optional<Kind> known = Kind.bySpelling(written);
    if (known.isEmpty()) {
      String guess =
          DidYouMean.closest(written, Kind.spellings())
              .map(s -> "Did you mean `" + s + "`? ")
              .orElse("");
      problems.add(
          Diagnostic.error(
              "unknown-kind",
              kind.get().value().at(),
              "Unknown kind `" + written + "`.",
              guess + "The kinds are " + QuotedWords.quoted(Kind.spellings()) + "."));
    }
    return known;
  }

  private static Optional<Entry> entry(Mapping mapping, String key) {
    return mapping.entries().stream().filter(e -> e.key().text().equals(key)).findFirst();
  }

  private static String text(Entry entry) {
    return entry.value() instanceof Scalar s ? s.text() : "(a " + shape(entry.value()) + ")";
  }

  private static String shape(PositionedNode node) {
    return node instanceof Mapping ? "mapping" : "list";
  }
}
