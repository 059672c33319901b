package dev.meshcode.model;

import java.util.List;

/**
 * A team-owned area of the mesh; products are named inside it.
 *
 * @param owners the team handles allowed to own (and approve changes to) the domain's products
 */
public record Domain(String name, String description, List<String> owners, Origin origin) {

  public Domain {
    owners = List.copyOf(owners);
  }
}
