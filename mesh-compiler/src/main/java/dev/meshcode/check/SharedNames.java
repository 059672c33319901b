package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.SourceLocation;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.SchemaSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names in external systems that two products must not share: Kafka topics and Schema Registry
 * subjects. A product owns its topic and its subjects; sharing one means two owners overwrite each
 * other's configuration or schema.
 */
final class SharedNames implements MeshCheck {

  /** The first user of a name: which product (and for a subject, which role) and where. */
  private record Claim(String owner, SourceLocation at) {}

  @Override
  public List<Diagnostic> check(MeshView view) {
    List<DataProduct> products = MeshView.byLocation(view.uniqueProducts());
    List<Diagnostic> found = new ArrayList<>(topics(products));
    found.addAll(subjects(products));
    return found;
  }

  private static List<Diagnostic> topics(List<DataProduct> products) {
    Map<String, Claim> claims = new HashMap<>();
    List<Diagnostic> found = new ArrayList<>();
    for (DataProduct p : products) {
      String topic = p.topic().name();
      SourceLocation here = p.origin().locate("topic/name");
      Claim first = claims.putIfAbsent(topic, new Claim("product " + p.id(), here));
      if (first != null) {
        found.add(
            Diagnostic.error(
                    CheckCodes.DUPLICATE_TOPIC,
                    here,
                    "Topic '"
                        + topic
                        + "' of product "
                        + p.id()
                        + " is already the topic of "
                        + first.owner()
                        + ".",
                    "Give one of the products another topic.name: each product owns its topic.")
                .withDetail(
                    "The "
                        + first.owner()
                        + " declares it at "
                        + first.at()
                        + "; this one at "
                        + here
                        + "."));
      }
    }
    return found;
  }

  private static List<Diagnostic> subjects(List<DataProduct> products) {
    Map<String, Claim> claims = new HashMap<>();
    List<Diagnostic> found = new ArrayList<>();
    for (DataProduct p : products) {
      for (SchemaSpec spec : p.schemas()) {
        String owner = "the " + spec.role().label() + " schema of " + p.id();
        SourceLocation here = p.origin().locate("schemas/" + spec.role().label() + "/subject");
        Claim first = claims.putIfAbsent(spec.subject(), new Claim(owner, here));
        if (first != null) {
          found.add(
              Diagnostic.error(
                      CheckCodes.DUPLICATE_SUBJECT,
                      here,
                      "Subject '"
                          + spec.subject()
                          + "' of "
                          + owner
                          + " is already used by "
                          + first.owner()
                          + ".",
                      "Set a distinct 'subject' on one of the schemas, or use the topic or"
                          + " topic-record subject naming so each product has its own subjects.")
                  .withDetail("The first use is declared at " + first.at() + "."));
        }
      }
    }
    return found;
  }
}
