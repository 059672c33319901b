package dev.meshcode.resource;

import dev.meshcode.diag.SourceLocation;

/**
 * A name space the mesh owns in one kind: every topic (or subject) whose name starts with {@code
 * prefix} belongs to the mesh, so one found there that no product declares is an orphan the mesh
 * may prune. Anything outside every owned prefix and not declared is unmanaged and never touched.
 *
 * @param prefix the environment prefix, the domain and the naming template's separator, such as
 *     {@code dev.execution.}; always ends in a separator, so {@code exec.} never owns {@code
 *     execution.}
 * @param declaredAt the domain document that gives the mesh this name space
 */
public record OwnedPrefix(ResourceKind kind, String prefix, SourceLocation declaredAt) {

  public boolean owns(ResourceAddress address) {
    return address.kind() == kind && address.name().startsWith(prefix);
  }
}
