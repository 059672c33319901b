package dev.meshcode.api;

import dev.meshcode.diag.Diagnostics;
import java.util.Optional;

/**
 * The outcome of {@code mesh:codeowners}.
 *
 * @param text the CODEOWNERS content; empty when the mesh could not be loaded without errors or the
 *     settings are invalid (a file generated from half a mesh would drop owners silently)
 * @param diagnostics load and reference errors, invalid settings, files left without owners
 */
public record CodeOwnersReport(Optional<String> text, Diagnostics diagnostics) {

  public boolean passed() {
    return text.isPresent() && !diagnostics.hasErrors();
  }
}
