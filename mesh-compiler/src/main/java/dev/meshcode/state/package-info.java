/**
 * The observed world: {@link dev.meshcode.state.LiveState} (what providers read, in the planner's
 * attribute vocabulary), the {@link dev.meshcode.state.ReadScope} a provider is asked to read, and
 * the {@link dev.meshcode.state.Fingerprint}s a saved plan keeps so apply can refuse a stale plan.
 * Pure: depends on {@code resource} and {@code diag} only; no I/O.
 */
package dev.meshcode.state;
