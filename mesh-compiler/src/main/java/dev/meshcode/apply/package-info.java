/**
 * Executing plans: {@link dev.meshcode.apply.Applier} runs a plan's changes through the providers
 * in phase order with an outcome per change, and {@link dev.meshcode.apply.StalenessCheck} refuses
 * a saved plan whose live state moved. Depends on {@code plan}, {@code state}, {@code resource},
 * {@code diag} and the {@code provider} port (its interfaces only, never an adapter).
 */
package dev.meshcode.apply;
