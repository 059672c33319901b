package dev.meshcode.schema;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.SchemaFormat;
import dev.meshcode.model.SchemaReference;
import dev.meshcode.model.SchemaSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Protobuf with Wire's parser (the one Schema Registry uses): syntax, and every {@code import}
 * resolvable through the schema's references or Google's well-known types, and every field type
 * declared somewhere ({@link ProtoTypes}).
 */
final class ProtobufSchemaParser implements SchemaParser {

  /** Wire reports {@code Syntax error in <file>:<line>:<column>: <message>}. */
  private static final Pattern SYNTAX_ERROR =
      Pattern.compile("Syntax error in .*:(\\d+):(\\d+): (.*)", Pattern.DOTALL);

  /** Imports every registry resolves without a reference. */
  private static final String WELL_KNOWN = "google/protobuf/";

  /** A parsed reference file, and whether it had errors (reported when it was first parsed). */
  private record Reference(Optional<ProtoFileElement> file, boolean broken) {}

  private final Map<String, Reference> referenceCache = new HashMap<>();

  @Override
  public SchemaFormat format() {
    return SchemaFormat.PROTOBUF;
  }

  @Override
  public SchemaParse parse(SchemaInput input) {
    List<Diagnostic> found = new ArrayList<>();
    Set<String> importable =
        input.spec().references().stream().map(SchemaReference::name).collect(Collectors.toSet());
    List<Reference> refs = new ArrayList<>();
    for (SchemaReference ref : input.spec().references()) {
      refs.add(reference(ref, input, importable, found));
    }
    SchemaSource source = input.spec().source();
    Optional<ProtoFileElement> file = parse(source, input.describe(), found);
    if (file.isEmpty()) {
      return SchemaParse.failed(found);
    }
    Set<String> known = new HashSet<>(ProtoTypes.declared(file.get()));
    refs.forEach(r -> r.file().ifPresent(f -> known.addAll(ProtoTypes.declared(f))));
    List<Diagnostic> missingImports = imports(file.get(), source, input.describe(), importable);
    found.addAll(missingImports);
    boolean brokenReference = refs.stream().anyMatch(Reference::broken);
    if (brokenReference || !missingImports.isEmpty()) {
      // the types those files declare are unknown, so resolving field types would blame them too
      return SchemaParse.failed(found);
    }
    found.addAll(ProtoTypes.unresolved(file.get(), known, source, input.describe()));
    if (found.stream().anyMatch(Diagnostic::isError)) {
      return SchemaParse.failed(found);
    }
    return new SchemaParse(Optional.of(parsed(source, file.get())), found);
  }

  /** Parses a reference file the first time it is seen; its problems are reported only then. */
  private Reference reference(
      SchemaReference ref, SchemaInput input, Set<String> importable, List<Diagnostic> found) {
    Reference cached = referenceCache.get(ref.source().file());
    if (cached != null) {
      return cached;
    }
    List<Diagnostic> problems = new ArrayList<>();
    String whose = "a reference of " + input.describe();
    Optional<ProtoFileElement> file = parse(ref.source(), whose, problems);
    file.ifPresent(p -> problems.addAll(imports(p, ref.source(), whose, importable)));
    Reference result = new Reference(file, problems.stream().anyMatch(Diagnostic::isError));
    referenceCache.put(ref.source().file(), result);
    found.addAll(problems);
    return result;
  }

  private static Optional<ProtoFileElement> parse(
      SchemaSource source, String whose, List<Diagnostic> found) {
    try {
      return Optional.of(ProtoParser.Companion.parse(Location.get(source.file()), source.text()));
    } catch (RuntimeException e) {
      found.add(syntaxError(source, whose, ParserMessages.of(e)));
      return Optional.empty();
    }
  }

  private static Diagnostic syntaxError(SchemaSource source, String whose, String message) {
    Matcher m = SYNTAX_ERROR.matcher(message);
    SourceLocation where = SourceLocation.ofFile(source.file());
    String reason = message;
    if (m.matches()) {
      where =
          TextPositions.lineColumn(
              source.file(), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
      reason = m.group(3);
    }
    return Diagnostic.error(
        SchemaCodes.INVALID_PROTOBUF,
        where,
        "Protobuf schema "
            + source.file()
            + " ("
            + whose
            + ") does not parse: "
            + ParserMessages.firstLine(reason)
            + ".",
        "Fix the syntax at this position; protoc would reject the file too.");
  }

  private static List<Diagnostic> imports(
      ProtoFileElement file, SchemaSource source, String whose, Set<String> importable) {
    List<Diagnostic> found = new ArrayList<>();
    Stream.of(file.getImports(), file.getPublicImports(), file.getWeakImports())
        .flatMap(List::stream)
        .filter(path -> !path.startsWith(WELL_KNOWN) && !importable.contains(path))
        .forEach(
            path ->
                found.add(
                    Diagnostic.error(
                        SchemaCodes.REFERENCE_MISSING,
                        TextPositions.find(source.file(), source.text(), "\"" + path + "\"")
                            .orElse(SourceLocation.ofFile(source.file())),
                        "Protobuf schema "
                            + source.file()
                            + " ("
                            + whose
                            + ") imports '"
                            + path
                            + "', which is not among its references.",
                        "Declare the imported file under the schema's 'references' (name: "
                            + path
                            + ", with its subject and file).")));
    return found;
  }

  private static ParsedSchema parsed(SchemaSource source, ProtoFileElement file) {
    Optional<String> firstMessage =
        file.getTypes().stream()
            .filter(t -> t instanceof MessageElement)
            .map(TypeElement::getName)
            .findFirst()
            .map(name -> file.getPackageName() == null ? name : file.getPackageName() + "." + name);
    return new ParsedSchema(
        SchemaFormat.PROTOBUF, source.file(), withoutHeader(file.toSchema()), firstMessage);
  }

  /** Wire starts with comments naming the source file; the same schema elsewhere is the same. */
  private static String withoutHeader(String formatted) {
    int start = 0;
    while (start < formatted.length()
        && (formatted.startsWith("//", start) || formatted.startsWith("\n", start))) {
      int newline = formatted.indexOf('\n', start);
      start = newline < 0 ? formatted.length() : newline + 1;
    }
    return formatted.substring(start);
  }
}
