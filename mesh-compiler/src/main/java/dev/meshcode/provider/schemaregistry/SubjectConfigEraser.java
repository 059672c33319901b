package dev.meshcode.provider.schemaregistry;

import java.util.Optional;

/**
 * Removes a subject-level compatibility config ({@code DELETE /config/{subject}}), which the client
 * does not offer. Absent already is success: after a hard delete of the subject, Apicurio forgets
 * its config with it.
 */
final class SubjectConfigEraser {

  private final RegistryTransport transport;

  SubjectConfigEraser(RegistryTransport transport) {
    this.transport = transport;
  }

  /** Erases the subject's config; answers a note for the outcome, empty when one was removed. */
  String erase(String subject) {
    String path = "/config/" + SchemaRegistryClient.encode(subject);
    RegistryResponse r = transport.send("DELETE", path, Optional.empty());
    if (r.ok()) {
      return "";
    }
    if (r.status() == 404 && r.errorBody().isPresent()) {
      return "no subject-level config was set";
    }
    throw RegistryException.http("DELETE " + path, r.status(), r.errorCode(), r.serverText());
  }
}
