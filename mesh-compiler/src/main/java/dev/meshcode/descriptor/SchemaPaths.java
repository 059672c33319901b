package dev.meshcode.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Finds the parts of a raw schema a validator message refers to, and instance paths. */
final class SchemaPaths {

  private final JsonNode schema;

  SchemaPaths(JsonNode schema) {
    this.schema = schema;
  }

  /** The schema value of the failed keyword (for {@code enum}: the allowed values). */
  JsonNode keyword(ValidationMessage m) {
    return at(fragment(m));
  }

  /** The schema object that holds the failed keyword (its {@code properties}, its messages). */
  JsonNode owner(ValidationMessage m) {
    return at(ownerFragment(m));
  }

  private static String ownerFragment(ValidationMessage m) {
    String fragment = fragment(m);
    int slash = fragment.lastIndexOf('/');
    return slash <= 0 ? "" : fragment.substring(0, slash);
  }

  /**
   * The property names allowed where the failed keyword sits; inside a {@code oneOf} alternative,
   * those of every alternative, so a typo is matched against all the shapes the value may take.
   */
  List<String> allowedProperties(ValidationMessage m) {
    String owner = ownerFragment(m);
    int alternative = owner.lastIndexOf("/oneOf/");
    if (alternative < 0) {
      return properties(at(owner));
    }
    List<String> names = new ArrayList<>();
    for (JsonNode branch : at(owner.substring(0, alternative) + "/oneOf")) {
      properties(branch).stream().filter(n -> !names.contains(n)).forEach(names::add);
    }
    return names;
  }

  /** The property names an object schema allows. */
  static List<String> properties(JsonNode objectSchema) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = objectSchema.path("properties").fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** The instance location as a loader path: segments joined with {@code /}. */
  static String instancePath(ValidationMessage m) {
    return join(m.getInstanceLocation());
  }

  static String join(JsonNodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(path.getElement(i));
    }
    return out.toString();
  }

  private JsonNode at(String pointer) {
    try {
      return schema.at(pointer);
    } catch (IllegalArgumentException e) {
      return MissingNode.getInstance();
    }
  }

  private static String fragment(ValidationMessage m) {
    String location = m.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    return hash < 0 ? "" : location.substring(hash + 1);
  }
}
