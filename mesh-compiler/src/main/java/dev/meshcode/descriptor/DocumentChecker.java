package dev.meshcode.descriptor;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one descriptor file and checks each of its documents up to (not including) binding: YAML
 * syntax, {@code apiVersion} and {@code kind}, inline secrets, then the kind's JSON Schema. Only
 * documents that pass every step are handed on, so binders never see half-valid data.
 */
final class DocumentChecker {

  /** A document that passed its checks, ready to bind. */
  record Checked(Kind kind, JsonTree.Converted document, Fields.Source source) {

    Fields root() {
      return new Fields(document.json(), "", source);
    }
  }

  /** What one file yielded. */
  record CheckedFile(
      List<Checked> documents, List<Diagnostic> problems, List<Declared> rejected, boolean empty) {}

  private final FileResolver files;
  private final SchemaValidator validator = SchemaValidator.shared();

  DocumentChecker(FileResolver files) {
    this.files = files;
  }

  CheckedFile check(Path file) {
    return check(file, files.relative(file), files.read(file, FileResolver.MAX_DESCRIPTOR_BYTES));
  }

  /** A file the walk found: read without asking the file system again what the walk saw. */
  CheckedFile check(DescriptorFinder.FoundFile file) {
    return check(file.path(), file.name(), files.readFound(file));
  }

  private CheckedFile check(Path file, String name, FileResolver.Read read) {
    if (read instanceof FileResolver.Read.Failed failed) {
      return new CheckedFile(List.of(), List.of(failed.problem()), List.of(), false);
    }
    if (!(read instanceof FileResolver.Read.Text text)) {
      return new CheckedFile(List.of(), List.of(unreadable(name)), List.of(), false);
    }
    YamlReader.YamlFile yaml = new YamlReader().read(name, text.text());
    List<Diagnostic> problems = new ArrayList<>(yaml.problems());
    List<Checked> checked = new ArrayList<>();
    List<Declared> rejected = new ArrayList<>();
    for (YamlReader.Document document : yaml.documents()) {
      if (document.clean()) {
        check(name, file.getParent(), document.root(), problems, rejected).ifPresent(checked::add);
      }
    }
    boolean empty = yaml.documents().isEmpty() && yaml.problems().isEmpty();
    return new CheckedFile(checked, problems, rejected, empty);
  }

  private Optional<Checked> check(
      String name,
      Path dir,
      PositionedNode document,
      List<Diagnostic> problems,
      List<Declared> rejected) {
    int before = problems.size();
    KindDispatcher.Dispatched dispatched = KindDispatcher.dispatch(document);
    problems.addAll(dispatched.problems());
    if (dispatched.kind().isEmpty()) {
      return Optional.empty();
    }
    Kind kind = dispatched.kind().get();
    if (kind == Kind.ENVIRONMENT) {
      problems.addAll(SecretScanner.scan(document));
    }
    JsonTree.Converted converted = JsonTree.convert(document);
    problems.addAll(validator.validate(kind, converted));
    if (problems.size() > before) {
      rejected.add(Declared.of(kind, document));
      return Optional.empty();
    }
    return Optional.of(
        new Checked(
            kind, converted, new Fields.Source(name, dir, converted.index(), new ArrayList<>())));
  }

  private static Diagnostic unreadable(String name) {
    return Diagnostic.error(
        "file-unreadable",
        SourceLocation.ofFile(name),
        "`" + name + "` disappeared while it was being read.",
        "Run the build again.");
  }
}
