/**
 * The pure diff: {@link dev.meshcode.plan.Planner} turns a desired state and a live state into a
 * {@link dev.meshcode.plan.Plan} of ordered {@link dev.meshcode.plan.ResourceChange}s, driven by
 * each kind's attribute rules. Plans are values: renderers print them, {@code apply} executes them,
 * a saved plan file holds one. Depends on {@code resource}, {@code state}, {@code model} and {@code
 * diag}; never on providers, files or the network (invariant 2: planning changes nothing).
 */
package dev.meshcode.plan;
