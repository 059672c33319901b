package dev.meshcode.descriptor;

import dev.meshcode.model.Domain;
import dev.meshcode.model.Origin;

/** Binds a {@code Domain} document. */
final class DomainBinder {

  private DomainBinder() {}

  static Domain bind(Fields domain, Origin origin) {
    return new Domain(
        domain.text("name"), domain.text("description"), domain.texts("owners"), origin);
  }
}
