package dev.meshcode.check;

import dev.meshcode.diag.Diagnostic;
import java.util.List;

/** One family of whole-mesh checks; each runs in time linear in the size of the mesh. */
interface MeshCheck {

  List<Diagnostic> check(MeshView mesh);
}
