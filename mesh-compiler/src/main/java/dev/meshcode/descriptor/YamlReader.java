package dev.meshcode.descriptor;

import dev.meshcode.descriptor.PositionedNode.Scalar;
import dev.meshcode.descriptor.PositionedNode.ScalarType;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the YAML documents of one file into positioned trees. Never throws for bad input: syntax
 * errors, alias bombs and overly deep nesting become diagnostics; documents before a syntax error
 * are kept.
 */
final class YamlReader {

  /**
   * One document of a file.
   *
   * @param clean false when reading it found an error inside it (a duplicate key)
   */
  record Document(PositionedNode root, boolean clean) {}

  /** What one file held. */
  record YamlFile(List<Document> documents, List<Diagnostic> problems) {}

  YamlFile read(String file, String text) {
    Optional<List<PositionedNode>> plain = PlainYaml.read(file, text);
    if (plain.isPresent()) {
      List<Document> documents = new ArrayList<>();
      plain.get().forEach(root -> documents.add(new Document(root, true)));
      return new YamlFile(documents, List.of());
    }
    return readWithSnakeYaml(file, text);
  }

  /** Every YAML the plain reader leaves alone: the whole language, and every error message. */
  YamlFile readWithSnakeYaml(String file, String text) {
    List<Document> documents = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    LoaderOptions options = options();
    Composer composer =
        new Composer(
            new ParserImpl(new StreamReader(text), options), CoreSchemaResolver.SHARED, options);
    NodeConverter converter = new NodeConverter(file, text, problems);
    try {
      while (composer.checkNode()) {
        Node node = composer.getNode();
        int before = problems.size();
        PositionedNode document = converter.convert(node);
        if (!isEmpty(document)) {
          documents.add(new Document(document, problems.size() == before));
        }
      }
    } catch (MarkedYAMLException e) {
      problems.add(syntaxError(file, e));
    } catch (ReaderException e) {
      problems.add(controlCharacter(file, text, e));
    } catch (NodeConverter.TooComplex e) {
      problems.add(tooComplex(file));
    } catch (YAMLException e) {
      problems.add(tooComplex(file));
    }
    return new YamlFile(documents, problems);
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit(FileResolver.MAX_DESCRIPTOR_BYTES);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  private static boolean isEmpty(PositionedNode document) {
    return document instanceof Scalar s && s.type() == ScalarType.NULL;
  }

  private static Diagnostic syntaxError(String file, MarkedYAMLException e) {
    String problem = Optional.ofNullable(e.getProblem()).orElse("");
    // An unclosed quote or bracket is best shown where it was opened, not at the end of the file.
    boolean unclosed = problem.contains("end of stream") && e.getContextMark() != null;
    Mark mark =
        unclosed
            ? e.getContextMark()
            : Optional.ofNullable(e.getProblemMark()).orElse(e.getContextMark());
    SourceLocation at =
        mark == null
            ? SourceLocation.ofFile(file)
            : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    if (problem.contains("\\t") || problem.contains("\t")) {
      return Diagnostic.error(
          "yaml-syntax",
          at,
          "A tab character is used for indentation; YAML allows only spaces there.",
          "Indent with spaces (two per level is usual) and set your editor to insert spaces for"
              + " tabs.");
    }
    return Diagnostic.error(
        "yaml-syntax", at, YamlProblems.summary(problem), YamlProblems.hint(problem));
  }

  private static Diagnostic controlCharacter(String file, String text, ReaderException e) {
    SourceLocation at = TextPositions.locate(file, text, e.getPosition());
    return Diagnostic.error(
        "yaml-syntax",
        at,
        String.format(
            "The file contains the control character U+%04X, which YAML does not allow.",
            e.getCodePoint()),
        "Remove the character; descriptors are plain UTF-8 text.");
  }

  private static Diagnostic tooComplex(String file) {
    return Diagnostic.error(
        "yaml-too-complex",
        SourceLocation.ofFile(file),
        "The YAML nests too deeply or expands too many aliases to be a descriptor.",
        "Write the values out instead of using many anchors and aliases (`&a` / `*a`).");
  }
}
