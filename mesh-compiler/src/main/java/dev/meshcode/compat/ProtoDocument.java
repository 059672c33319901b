package dev.meshcode.compat;

import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code .proto} with the types it can use: its own and those its references declare, by
 * name relative to their package ({@code Order.Line}), so that a field type resolves as protoc
 * resolves it, from the innermost scope outwards.
 */
record ProtoDocument(ProtoFileElement file, Map<String, TypeElement> types) {

  static ProtoDocument of(ProtoFileElement file, List<ProtoFileElement> references) {
    Map<String, TypeElement> types = new HashMap<>();
    references.forEach(r -> collect(r, types));
    collect(file, types);
    return new ProtoDocument(file, Map.copyOf(types));
  }

  private static void collect(ProtoFileElement f, Map<String, TypeElement> into) {
    String pkg = Objects.requireNonNullElse(f.getPackageName(), "");
    for (TypeElement t : f.getTypes()) {
      collect(pkg.isEmpty() ? "" : pkg + ".", t.getName(), t, into);
      collect("", t.getName(), t, into);
    }
  }

  private static void collect(
      String prefix, String name, TypeElement t, Map<String, TypeElement> into) {
    into.putIfAbsent(prefix + name, t);
    for (TypeElement nested : t.getNestedTypes()) {
      collect(prefix, name + "." + nested.getName(), nested, into);
    }
  }

  /**
   * The name {@code type} refers to from inside {@code scope} (a message path), as declared; the
   * type as written when it is not declared anywhere known.
   */
  String resolve(String type, String scope) {
    String t = type.startsWith(".") ? type.substring(1) : type;
    String pkg = Objects.requireNonNullElse(file.getPackageName(), "");
    if (!pkg.isEmpty()
        && t.startsWith(pkg + ".")
        && types.containsKey(t.substring(pkg.length() + 1))) {
      return t.substring(pkg.length() + 1);
    }
    String s = scope;
    while (!s.isEmpty()) {
      if (types.containsKey(s + "." + t)) {
        return s + "." + t;
      }
      int dot = s.lastIndexOf('.');
      s = dot < 0 ? "" : s.substring(0, dot);
    }
    return t;
  }

  boolean isEnum(String resolved) {
    return types.get(resolved) instanceof EnumElement;
  }

  Optional<MessageElement> message(String resolved) {
    return types.get(resolved) instanceof MessageElement m ? Optional.of(m) : Optional.empty();
  }
}
