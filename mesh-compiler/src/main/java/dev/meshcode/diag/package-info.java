/**
 * Diagnostics as values: every message to the user (severity, code, summary, detail, hint and
 * {@code file:line:col}). Depends on the JDK only; every other package may depend on it.
 */
package dev.meshcode.diag;
