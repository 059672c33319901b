package dev.meshcode.model;

import java.util.List;

/** Who may write and read a product, and which other domains were granted access. */
public record Access(List<Producer> producers, List<Consumer> consumers, List<Grant> grants) {

  public Access {
    producers = List.copyOf(producers);
    consumers = List.copyOf(consumers);
    grants = List.copyOf(grants);
  }

  public static Access none() {
    return new Access(List.of(), List.of(), List.of());
  }

  public boolean grants(String domain) {
    return grants.stream().anyMatch(g -> g.domain().equals(domain));
  }
}
