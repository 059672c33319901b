package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.DidYouMean;
import dev.meshcode.model.DataProduct;
import dev.meshcode.model.InputRef;
import dev.meshcode.model.Lifecycle;
import dev.meshcode.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A derived product's inputs: each must be another product of the mesh, and one that is still
 * served. Cycles through several products are {@link LineageCycles}' job.
 */
final class InputReferences implements MeshCheck {

  @Override
  public List<Diagnostic> check(MeshView view) {
    List<Diagnostic> found = new ArrayList<>();
    for (DataProduct p : view.uniqueProducts()) {
      for (InputRef input : p.inputs()) {
        check(view, p, input).ifPresent(found::add);
      }
    }
    return found;
  }

  private static Optional<Diagnostic> check(MeshView view, DataProduct reader, InputRef input) {
    if (input.product().equals(reader.id())) {
      return Optional.of(
          Diagnostic.error(
              CheckCodes.SELF_INPUT,
              input.location(),
              "Product " + reader.id() + " lists itself as an input.",
              "Remove "
                  + reader.id()
                  + " from its own 'inputs': a product cannot derive from"
                  + " itself."));
    }
    Optional<DataProduct> source = view.product(input.product());
    if (source.isEmpty()) {
      // A product whose own descriptor has errors exists; those errors are reported already.
      return view.mesh().rejected().products().contains(input.product())
          ? Optional.empty()
          : Optional.of(dangling(view, reader, input));
    }
    if (reader.lifecycle().stage() == Stage.RETIRED) {
      return Optional.empty();
    }
    return stale(reader, input, source.get());
  }

  private static Diagnostic dangling(MeshView view, DataProduct reader, InputRef input) {
    return Diagnostic.error(
        CheckCodes.DANGLING_INPUT,
        input.location(),
        "Input "
            + input.product()
            + " of product "
            + reader.id()
            + " is not a product of the mesh."
            + DidYouMean.sentence(ProductNames.closest(view, input.product())),
        "Refer to an existing product as domain.product, or add the missing product.");
  }

  /** A retired input no longer exists in the clusters; a deprecated one will soon stop. */
  private static Optional<Diagnostic> stale(
      DataProduct reader, InputRef input, DataProduct source) {
    Lifecycle lifecycle = source.lifecycle();
    String replacement =
        lifecycle.replacedBy().map(r -> "Move to its replacement " + r + ".").orElse("");
    if (lifecycle.stage() == Stage.RETIRED) {
      return Optional.of(
          Diagnostic.error(
              CheckCodes.RETIRED_INPUT,
              input.location(),
              "Product " + reader.id() + " reads " + source.id() + ", which is retired.",
              (replacement + " Remove the input, or retire " + reader.id() + " too.").trim()));
    }
    if (lifecycle.stage() == Stage.DEPRECATED) {
      String sunset = lifecycle.sunset().map(d -> " (sunset " + d + ")").orElse("");
      return Optional.of(
          Diagnostic.warning(
              CheckCodes.DEPRECATED_INPUT,
              input.location(),
              "Product "
                  + reader.id()
                  + " reads "
                  + source.id()
                  + ", which is deprecated"
                  + sunset
                  + ".",
              (replacement + " Plan the move before the sunset date.").trim()));
    }
    return Optional.empty();
  }
}
