package dev.meshcode.resource;

/**
 * What the planner knows about one attribute of a resource kind.
 *
 * @param name the attribute, as in {@link Resource#attributes()}
 * @param rule how a change is planned
 * @param sensitive never rendered or written to a plan file; shown as {@code (sensitive)}
 * @param violationCode the diagnostic code when a change breaks {@code rule} (a decrease of an
 *     {@link UpdateRule#INCREASE_ONLY} attribute, any change of a {@link UpdateRule#FORBIDDEN} one)
 * @param violationHint what the user can do instead
 */
public record AttributeSchema(
    String name, UpdateRule rule, boolean sensitive, String violationCode, String violationHint) {

  static AttributeSchema inPlace(String name, boolean sensitive) {
    return new AttributeSchema(name, UpdateRule.IN_PLACE, sensitive, "", "");
  }
}
