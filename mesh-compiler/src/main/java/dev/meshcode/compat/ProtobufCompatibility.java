package dev.meshcode.compat;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Protobuf, parsed with Wire (as Schema Registry parses it), judged with Confluent's rules: the
 * same comparison in both directions, a difference being breaking or not by its kind. Breaking: a
 * package change, a message removed, a field's kind or wire-incompatible type changed, a numeric
 * field turned repeated or singular, a required field added or removed, a field removed from a
 * oneof, several existing fields moved into one oneof. Not breaking: fields, messages, enums and
 * enum values added or removed, renames, moves, oneofs added or removed.
 */
final class ProtobufCompatibility implements FormatRules<ProtoDocument> {

  @Override
  public ProtoDocument parse(SchemaText text) {
    ProtoFileElement file = parseFile("schema.proto", text.text());
    List<ProtoFileElement> references = new ArrayList<>();
    new TreeMap<>(text.references()).forEach((name, ref) -> references.add(parseFile(name, ref)));
    return ProtoDocument.of(file, references);
  }

  private static ProtoFileElement parseFile(String name, String text) {
    try {
      return ProtoParser.Companion.parse(Location.get(name), text);
    } catch (RuntimeException e) {
      String m = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
      throw new UnreadableSchema(m.lines().findFirst().orElse(m));
    }
  }

  /** Confluent's comparison with the writer's schema as "original", the reader's as "update". */
  @Override
  public List<Incompatibility> problems(ProtoDocument reader, ProtoDocument writer) {
    List<Incompatibility> out = new ArrayList<>();
    String before = Objects.requireNonNullElse(writer.file().getPackageName(), "");
    String after = Objects.requireNonNullElse(reader.file().getPackageName(), "");
    if (!before.equals(after)) {
      out.add(
          new Incompatibility(
              "(package)",
              "the reader's package is '"
                  + after
                  + "' where the data's is '"
                  + before
                  + "', so every message's full name differs"));
    }
    compareTypes(
        new ProtoMessageDiff(reader, writer, out),
        "",
        writer.file().getTypes(),
        reader.file().getTypes());
    return out;
  }

  /** Messages by name, then their nested types; enums may come and go (Confluent allows it). */
  static void compareTypes(
      ProtoMessageDiff diff, String scope, List<TypeElement> writer, List<TypeElement> reader) {
    Map<String, MessageElement> before = messages(writer);
    Map<String, MessageElement> after = messages(reader);
    before.forEach(
        (name, message) -> {
          String path = scope.isEmpty() ? name : scope + "." + name;
          MessageElement now = after.get(name);
          if (now == null) {
            diff.report(path, "the reader has no message " + path + ", which the data may hold");
          } else {
            diff.compare(path, message, now);
            compareTypes(diff, path, message.getNestedTypes(), now.getNestedTypes());
          }
        });
  }

  private static Map<String, MessageElement> messages(List<TypeElement> types) {
    Map<String, MessageElement> out = new TreeMap<>();
    for (TypeElement t : types) {
      if (t instanceof MessageElement m) {
        out.put(m.getName(), m);
      }
    }
    return out;
  }
}
