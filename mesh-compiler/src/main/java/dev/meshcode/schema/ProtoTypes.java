package dev.meshcode.schema;

import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import dev.meshcode.model.SchemaSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves the field types of a parsed {@code .proto} the way protoc does: scalar types, types
 * declared in the file or its references (by full name, or relative to the enclosing scopes), and
 * Google's well-known types. Wire's parser checks syntax only, so a misspelt type would otherwise
 * pass validation and fail at registration.
 */
final class ProtoTypes {

  static final Set<String> SCALARS =
      Set.of(
          "double",
          "float",
          "int32",
          "int64",
          "uint32",
          "uint64",
          "sint32",
          "sint64",
          "fixed32",
          "fixed64",
          "sfixed32",
          "sfixed64",
          "bool",
          "string",
          "bytes");

  private static final Pattern MAP =
      Pattern.compile("map\\s*<\\s*([\\w.]+)\\s*,\\s*([\\w.]+)\\s*>");
  private static final String WELL_KNOWN = "google.protobuf.";

  /** A type with the full name of the scope it is declared in. */
  private record Scoped(String scope, TypeElement type) {}

  private ProtoTypes() {}

  /** The full names of every message and enum a file declares, nested ones included. */
  static Set<String> declared(ProtoFileElement file) {
    Set<String> names = new HashSet<>();
    walk(file, scoped -> names.add(qualify(scoped.scope(), scoped.type().getName())));
    return names;
  }

  /** One diagnostic per field whose type resolves to nothing in {@code known}. */
  static List<Diagnostic> unresolved(
      ProtoFileElement file, Set<String> known, SchemaSource source, String whose) {
    List<Diagnostic> found = new ArrayList<>();
    walk(
        file,
        scoped -> {
          if (scoped.type() instanceof MessageElement message) {
            String scope = qualify(scoped.scope(), message.getName());
            fields(message)
                .forEach(
                    field ->
                        typeNames(field.getType()).stream()
                            .filter(t -> !resolves(t, scope, known))
                            .findFirst()
                            .ifPresent(t -> found.add(report(field, t, known, source, whose))));
          }
        });
    return found;
  }

  private static void walk(ProtoFileElement file, Consumer<Scoped> visit) {
    String pkg = file.getPackageName() == null ? "" : file.getPackageName();
    Deque<Scoped> pending = new ArrayDeque<>();
    file.getTypes().forEach(t -> pending.add(new Scoped(pkg, t)));
    while (!pending.isEmpty()) {
      Scoped next = pending.poll();
      visit.accept(next);
      String inner = qualify(next.scope(), next.type().getName());
      next.type().getNestedTypes().forEach(t -> pending.add(new Scoped(inner, t)));
    }
  }

  private static Stream<FieldElement> fields(MessageElement message) {
    return Stream.concat(
        message.getFields().stream(),
        message.getOneOfs().stream().map(OneOfElement::getFields).flatMap(List::stream));
  }

  private static List<String> typeNames(String type) {
    Matcher map = MAP.matcher(type);
    return map.matches() ? List.of(map.group(1), map.group(2)) : List.of(type);
  }

  /** Innermost scope first, as protoc searches; a leading dot means fully qualified. */
  static boolean resolves(String type, String scope, Set<String> known) {
    if (SCALARS.contains(type)) {
      return true;
    }
    if (type.startsWith(".")) {
      return isKnown(type.substring(1), known);
    }
    String s = scope;
    while (true) {
      if (isKnown(qualify(s, type), known)) {
        return true;
      }
      if (s.isEmpty()) {
        return false;
      }
      int dot = s.lastIndexOf('.');
      s = dot < 0 ? "" : s.substring(0, dot);
    }
  }

  private static boolean isKnown(String fullName, Set<String> known) {
    return known.contains(fullName) || fullName.startsWith(WELL_KNOWN);
  }

  private static Diagnostic report(
      FieldElement field, String type, Set<String> known, SchemaSource source, String whose) {
    String simple = type.substring(type.lastIndexOf('.') + 1);
    Set<String> candidates = new HashSet<>(SCALARS);
    known.forEach(k -> candidates.add(k.substring(k.lastIndexOf('.') + 1)));
    Optional<String> near = DidYouMean.closest(simple, candidates);
    String hint =
        near.map(n -> "Did you mean '" + n + "'?")
            .orElse(
                "Declare the type in this file, or import the file that declares it and list that"
                    + " file under the schema's 'references'.");
    return Diagnostic.error(
        SchemaCodes.INVALID_PROTOBUF,
        TextPositions.lineColumn(
            source.file(), field.getLocation().getLine(), field.getLocation().getColumn()),
        "Protobuf schema "
            + source.file()
            + " ("
            + whose
            + ") gives field '"
            + field.getName()
            + "' the unknown type '"
            + type
            + "'.",
        hint);
  }

  private static String qualify(String scope, String name) {
    return scope.isEmpty() ? name : scope + "." + name;
  }
}
