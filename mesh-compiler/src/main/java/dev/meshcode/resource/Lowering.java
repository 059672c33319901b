package dev.meshcode.resource;

import dev.meshcode.model.DataProduct;
import dev.meshcode.model.EnvironmentOverrides;
import dev.meshcode.model.Mesh;
import dev.meshcode.model.ProductId;
import dev.meshcode.model.Stage;
import dev.meshcode.schema.SchemaAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a mesh into the resources one environment should hold. Pure and total: a product whose
 * schema did not parse still gets its topic; validation has already reported the schema.
 *
 * <p>Products whose lifecycle is {@code retired} lower into {@link DesiredState#retired()}: their
 * topic, subject configs and schemas are to be deleted; the subjects their schemas refer to are not
 * theirs alone and are never deleted with them.
 */
public final class Lowering {

  /**
   * @param schemas the analysis of the same mesh ({@code SchemaChecker.analyse}), for the canonical
   *     text of each schema
   * @param overrides the environment's overrides; {@link EnvironmentOverrides#none()} for none
   */
  public DesiredState lower(Mesh mesh, SchemaAnalysis schemas, EnvironmentOverrides overrides) {
    String prefix = overrides.topicPrefix().orElse("");
    TopicLowering topics = new TopicLowering(overrides);
    SchemaLowering subjects = new SchemaLowering(schemas, prefix);
    Map<ResourceAddress, DesiredResource> live = new LinkedHashMap<>();
    Map<ResourceAddress, DesiredResource> retired = new LinkedHashMap<>();
    Map<ProductId, ProductFacts> facts = new LinkedHashMap<>();
    List<DesiredResource> references = new ArrayList<>();
    for (DataProduct product : mesh.products()) {
      facts.put(product.id(), facts(product));
      Map<ResourceAddress, DesiredResource> target =
          product.lifecycle().stage() == Stage.RETIRED ? retired : live;
      add(target, topics.lower(product));
      subjects.own(product).forEach(r -> add(target, r));
      references.addAll(subjects.references(product));
    }
    references.forEach(r -> add(live, r));
    retired.keySet().removeAll(live.keySet());
    return new DesiredState(
        List.copyOf(live.values()),
        List.copyOf(retired.values()),
        Ownership.of(mesh, prefix),
        facts);
  }

  /** The first declaration of an address wins; the reference check reports duplicate names. */
  private static void add(Map<ResourceAddress, DesiredResource> into, DesiredResource resource) {
    into.putIfAbsent(resource.address(), resource);
  }

  private static ProductFacts facts(DataProduct product) {
    return new ProductFacts(
        product.id(),
        product.lifecycle().stage(),
        product.inputs().stream().map(i -> i.product()).toList(),
        product.origin().start());
  }
}
