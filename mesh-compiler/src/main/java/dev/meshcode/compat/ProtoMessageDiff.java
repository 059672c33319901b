package dev.meshcode.compat;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares one message of the writer's schema with the reader's, field by field number (numbers are
 * what travels on the wire; names may change freely), and collects what breaks.
 */
final class ProtoMessageDiff {

  private final ProtoDocument reader;
  private final ProtoDocument writer;
  private final List<Incompatibility> found;

  ProtoMessageDiff(ProtoDocument reader, ProtoDocument writer, List<Incompatibility> found) {
    this.reader = reader;
    this.writer = writer;
    this.found = found;
  }

  void report(String path, String reason) {
    found.add(new Incompatibility(path, reason));
  }

  void compare(String path, MessageElement before, MessageElement after) {
    Map<Integer, FieldElement> topBefore = byTag(before.getFields());
    Map<Integer, FieldElement> topAfter = byTag(after.getFields());
    Map<Integer, FieldElement> allBefore = allByTag(before);
    Map<Integer, FieldElement> allAfter = allByTag(after);
    Map<Integer, String> oneOfBefore = oneOfByTag(before);
    oneOfMoves(path, after, topBefore, oneOfBefore);
    oneOfRemovals(path, before, after, allAfter);
    topBefore.forEach(
        (tag, field) -> {
          if (!allAfter.containsKey(tag) && field.getLabel() == Field.Label.REQUIRED) {
            report(
                at(path, field, tag),
                "the data's required field '"
                    + field.getName()
                    + "' is unknown to the reader, which breaks proto2's required-field contract");
          }
        });
    topAfter.forEach(
        (tag, field) -> {
          if (!allBefore.containsKey(tag) && field.getLabel() == Field.Label.REQUIRED) {
            report(
                at(path, field, tag),
                "the reader requires field '"
                    + field.getName()
                    + "', which the data does not have");
          }
        });
    allBefore.forEach(
        (tag, field) -> {
          FieldElement now = allAfter.get(tag);
          if (now != null) {
            new ProtoFieldDiff(reader, writer, this).compare(path, at(path, now, tag), field, now);
          }
        });
  }

  /** A oneof of the reader may take over at most one plain field, and none beside old members. */
  private void oneOfMoves(
      String path,
      MessageElement after,
      Map<Integer, FieldElement> topBefore,
      Map<Integer, String> oneOfBefore) {
    for (OneOfElement oneOf : after.getOneOfs()) {
      long moved =
          oneOf.getFields().stream().filter(f -> topBefore.containsKey(f.getTag())).count();
      long existing =
          oneOf.getFields().stream().filter(f -> oneOfBefore.containsKey(f.getTag())).count();
      String where = path + "." + oneOf.getName() + " (oneof)";
      if (moved > 1) {
        report(
            where,
            "the reader puts "
                + moved
                + " fields the data may set together into one oneof, so only one of them survives");
      } else if (moved == 1 && existing > 0) {
        report(
            where, "the reader puts a field the data sets freely into a oneof with other members");
      }
    }
  }

  /** A member may leave a same-named oneof only to live on elsewhere in the message. */
  private void oneOfRemovals(
      String path, MessageElement before, MessageElement after, Map<Integer, FieldElement> all) {
    Map<String, OneOfElement> now = new TreeMap<>();
    after.getOneOfs().forEach(o -> now.put(o.getName(), o));
    for (OneOfElement oneOf : before.getOneOfs()) {
      Optional<OneOfElement> same = Optional.ofNullable(now.get(oneOf.getName()));
      if (same.isEmpty()) {
        continue;
      }
      for (FieldElement f : oneOf.getFields()) {
        if (!all.containsKey(f.getTag())) {
          report(
              at(path, f, f.getTag()),
              "the reader's oneof "
                  + oneOf.getName()
                  + " lacks field '"
                  + f.getName()
                  + "', which the data may set");
        }
      }
    }
  }

  static String at(String path, FieldElement field, int tag) {
    return path + "." + field.getName() + " (field " + tag + ")";
  }

  private static Map<Integer, FieldElement> byTag(List<FieldElement> fields) {
    Map<Integer, FieldElement> out = new TreeMap<>();
    fields.forEach(f -> out.put(f.getTag(), f));
    return out;
  }

  private static Map<Integer, FieldElement> allByTag(MessageElement m) {
    Map<Integer, FieldElement> out = byTag(m.getFields());
    m.getOneOfs().forEach(o -> out.putAll(byTag(o.getFields())));
    return out;
  }

  private static Map<Integer, String> oneOfByTag(MessageElement m) {
    Map<Integer, String> out = new TreeMap<>();
    m.getOneOfs().forEach(o -> o.getFields().forEach(f -> out.put(f.getTag(), o.getName())));
    return out;
  }
}
