package dev.meshcode.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * Avro through Apache Avro's own {@link SchemaCompatibility}, which Confluent Schema Registry uses
 * too. Its JSON-pointer locations (into the reader schema) become field paths ({@link AvroPaths}),
 * its terse messages sentences.
 */
final class AvroCompatibility implements FormatRules<Schema> {

  @Override
  public Schema parse(SchemaText text) {
    try {
      Schema.Parser parser = new Schema.Parser().addTypes(references(text).values());
      return parser.parse(text.text());
    } catch (RuntimeException e) {
      throw new UnreadableSchema(firstLine(e));
    }
  }

  /**
   * The named types of the references, parsed in dependency order: each round parses what it can
   * with the types known so far, until a round makes no progress.
   */
  private static Map<String, Schema> references(SchemaText text) {
    Map<String, Schema> known = new LinkedHashMap<>();
    List<Map.Entry<String, String>> pending =
        new ArrayList<>(new java.util.TreeMap<>(text.references()).entrySet());
    boolean progress = true;
    RuntimeException last = null;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Map.Entry<String, String> ref : List.copyOf(pending)) {
        try {
          Schema.Parser parser = new Schema.Parser().addTypes(known.values());
          parser.parse(ref.getValue());
          known.putAll(parser.getTypes());
          pending.remove(ref);
          progress = true;
        } catch (RuntimeException e) {
          last = e;
        }
      }
    }
    if (!pending.isEmpty()) {
      throw new UnreadableSchema(
          "its reference " + pending.get(0).getKey() + " does not parse: " + firstLine(last));
    }
    return known;
  }

  @Override
  public List<Incompatibility> problems(Schema reader, Schema writer) {
    return problems(reader, writer, 0);
  }

  private List<Incompatibility> problems(Schema reader, Schema writer, int depth) {
    List<Incompatibility> out = new ArrayList<>();
    for (SchemaCompatibility.Incompatibility i :
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
            .getResult()
            .getIncompatibilities()) {
      out.addAll(explain(AvroPaths.of(reader, i.getLocation()), i, depth));
    }
    return out;
  }

  /**
   * Avro calls a union branch "missing" when the reader's union has a type of the same name that
   * cannot read it; the change inside that type is the useful answer, so it is checked on its own
   * (a few levels deep at most: a recursive type would repeat itself).
   */
  private List<Incompatibility> explain(
      String path, SchemaCompatibility.Incompatibility i, int depth) {
    if (i.getType() == SchemaIncompatibilityType.MISSING_UNION_BRANCH && depth < 8) {
      Schema written = writerBranch(i.getWriterFragment(), i.getLocation());
      Optional<Schema> same = sameNamed(i.getReaderFragment(), written);
      if (same.isPresent()) {
        List<Incompatibility> inner = problems(same.get(), written, depth + 1);
        if (!inner.isEmpty()) {
          int head = AvroPaths.top(same.get()).length();
          return inner.stream()
              .map(n -> new Incompatibility(path + n.path().substring(head), n.reason()))
              .toList();
        }
      }
    }
    return List.of(new Incompatibility(path, reason(i)));
  }

  private static Optional<Schema> sameNamed(Schema readerUnion, Schema written) {
    boolean named =
        written.getType() == Schema.Type.RECORD
            || written.getType() == Schema.Type.ENUM
            || written.getType() == Schema.Type.FIXED;
    if (!named || readerUnion.getType() != Schema.Type.UNION) {
      return Optional.empty();
    }
    return readerUnion.getTypes().stream()
        .filter(b -> b.getType() == written.getType())
        .filter(b -> b.getFullName().equals(written.getFullName()))
        .findFirst();
  }

  private static String reason(SchemaCompatibility.Incompatibility i) {
    SchemaIncompatibilityType type = i.getType();
    Schema r = i.getReaderFragment();
    Schema w = i.getWriterFragment();
    switch (type) {
      case READER_FIELD_MISSING_DEFAULT_VALUE:
        return "field '" + i.getMessage() + "' is not in the data and has no default value";
      case TYPE_MISMATCH:
        return "the reader expects " + describe(r) + " where the data holds " + describe(w);
      case MISSING_UNION_BRANCH:
        return "the data may hold "
            + describe(writerBranch(w, i.getLocation()))
            + ", which the reader's type "
            + describe(r)
            + " does not accept";
      case MISSING_ENUM_SYMBOLS:
        return "the data may hold enum symbols "
            + i.getMessage()
            + " that the reader's enum "
            + r.getName()
            + " does not know (and it has no default symbol)";
      case NAME_MISMATCH:
        return "the named type is "
            + w.getFullName()
            + " in the data but "
            + r.getFullName()
            + " in the reader, without an alias";
      case FIXED_SIZE_MISMATCH:
        return "fixed "
            + r.getName()
            + " has size "
            + r.getFixedSize()
            + " in the reader but "
            + w.getFixedSize()
            + " in the data";
      default:
        return i.getMessage();
    }
  }

  /** The writer's union branch the location ends with: the one the reader lacks. */
  private static Schema writerBranch(Schema writer, String location) {
    String last = location.substring(location.lastIndexOf('/') + 1);
    if (writer.getType() != Schema.Type.UNION || !last.matches("\\d+")) {
      return writer;
    }
    int branch = Integer.parseInt(last);
    return branch < writer.getTypes().size() ? writer.getTypes().get(branch) : writer;
  }

  /** A type as a person names it: {@code int}, {@code record Money}, {@code ["null","string"]}. */
  static String describe(Schema s) {
    switch (s.getType()) {
      case RECORD:
      case ENUM:
      case FIXED:
        return s.getType().getName() + " " + s.getName();
      case ARRAY:
        return "array of " + describe(s.getElementType());
      case MAP:
        return "map of " + describe(s.getValueType());
      case UNION:
        List<String> branches = new ArrayList<>();
        s.getTypes().forEach(b -> branches.add(describe(b)));
        return "union [" + String.join(", ", branches) + "]";
      default:
        return s.getType().getName();
    }
  }

  private static String firstLine(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
