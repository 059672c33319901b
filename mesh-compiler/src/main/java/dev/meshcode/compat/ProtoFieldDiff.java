package dev.meshcode.compat;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.internal.parser.FieldElement;
import java.util.Map;
import java.util.Optional;

/**
 * One field present in both schemas under the same number. Its type may change only within a group
 * that shares a wire encoding, the groups Confluent uses: {@code int32 int64 uint32 uint64 bool}
 * and enums; {@code sint32 sint64}; {@code string bytes}; {@code fixed32 sfixed32}; {@code fixed64
 * sfixed64}; {@code float}; {@code double}. A message-typed field must keep its message (by name
 * within its package); a map must keep compatible key and value types.
 */
final class ProtoFieldDiff {

  private static final Map<String, String> GROUPS =
      Map.ofEntries(
          Map.entry("int32", "varint"),
          Map.entry("int64", "varint"),
          Map.entry("uint32", "varint"),
          Map.entry("uint64", "varint"),
          Map.entry("bool", "varint"),
          Map.entry("sint32", "zigzag"),
          Map.entry("sint64", "zigzag"),
          Map.entry("string", "length-delimited"),
          Map.entry("bytes", "length-delimited"),
          Map.entry("fixed32", "fixed32"),
          Map.entry("sfixed32", "fixed32"),
          Map.entry("fixed64", "fixed64"),
          Map.entry("sfixed64", "fixed64"),
          Map.entry("float", "float"),
          Map.entry("double", "double"));

  private enum Kind {
    SCALAR,
    MAP,
    MESSAGE
  }

  private final ProtoDocument reader;
  private final ProtoDocument writer;
  private final ProtoMessageDiff out;

  ProtoFieldDiff(ProtoDocument reader, ProtoDocument writer, ProtoMessageDiff out) {
    this.reader = reader;
    this.writer = writer;
    this.out = out;
  }

  void compare(String scope, String path, FieldElement before, FieldElement after) {
    ProtoType b = ProtoType.get(before.getType());
    ProtoType a = ProtoType.get(after.getType());
    compareTypes(scope, path, b, a).ifPresent(reason -> out.report(path, reason));
    boolean wasRepeated = before.getLabel() == Field.Label.REPEATED;
    boolean isRepeated = after.getLabel() == Field.Label.REPEATED;
    if (wasRepeated != isRepeated && isNumeric(scope, a, reader)) {
      out.report(
          path,
          "the reader expects a "
              + (isRepeated ? "repeated" : "singular")
              + " numeric field where the data holds a "
              + (wasRepeated ? "repeated" : "singular")
              + " one, and their encodings differ");
    }
  }

  private Optional<String> compareTypes(String scope, String path, ProtoType b, ProtoType a) {
    Kind kb = kind(scope, b, writer);
    Kind ka = kind(scope, a, reader);
    if (kb != ka) {
      return Optional.of(
          "the reader expects " + a + " where the data holds " + b + " (" + describe(kb, ka) + ")");
    }
    switch (kb) {
      case SCALAR:
        return group(b).equals(group(a))
            ? Optional.empty()
            : Optional.of(
                "the reader expects "
                    + a
                    + " where the data holds "
                    + b
                    + ", which do not share a wire encoding");
      case MAP:
        return compareTypes(scope, path, b.getKeyType(), a.getKeyType())
            .or(() -> compareTypes(scope, path, b.getValueType(), a.getValueType()));
      default:
        String nb = writer.resolve(b.toString(), scope);
        String na = reader.resolve(a.toString(), scope);
        return nb.equals(na)
            ? Optional.empty()
            : Optional.of("the reader expects message " + na + " where the data holds " + nb);
    }
  }

  private static String describe(Kind before, Kind after) {
    return name(before) + " to " + name(after);
  }

  private static String name(Kind k) {
    switch (k) {
      case SCALAR:
        return "a scalar";
      case MAP:
        return "a map";
      default:
        return "a message";
    }
  }

  private static Kind kind(String scope, ProtoType t, ProtoDocument doc) {
    if (t.isScalar()) {
      return Kind.SCALAR;
    }
    if (t.isMap()) {
      return Kind.MAP;
    }
    return doc.isEnum(doc.resolve(t.toString(), scope)) ? Kind.SCALAR : Kind.MESSAGE;
  }

  /** Enums travel as varints. */
  private static String group(ProtoType t) {
    return t.isScalar() ? GROUPS.getOrDefault(t.toString(), t.toString()) : "varint";
  }

  private static boolean isNumeric(String scope, ProtoType t, ProtoDocument doc) {
    return kind(scope, t, doc) == Kind.SCALAR && !group(t).equals("length-delimited");
  }
}
