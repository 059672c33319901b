/**
 * Governance: {@link dev.meshcode.policy.PolicyEngine} compiles the mesh's {@code Policy} rules
 * once (built-in kinds from {@code policy.builtin}, CEL expressions from {@code policy.cel}),
 * evaluates each over every product its selector matches, turns findings into diagnostics coded
 * {@code policy/rule-id}, and applies the products' waivers. Pure: depends on its sub-packages,
 * {@code model}, {@code diag} and the JDK; never on files or the network.
 */
package dev.meshcode.policy;
