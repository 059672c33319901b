/**
 * The validated mesh as immutable records: {@link dev.meshcode.model.Mesh}, domains, data products,
 * policies and environments. Built by {@code descriptor}; read by every later stage. Depends on
 * {@code diag} and the JDK only: no YAML, no files, no network.
 *
 * <p>Invariants: collections are unmodifiable, no field is {@code null} (absence is {@link
 * java.util.Optional} or an empty collection), names are already checked against their patterns.
 */
package dev.meshcode.model;
