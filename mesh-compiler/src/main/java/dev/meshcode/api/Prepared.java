package dev.meshcode.api;

import dev.meshcode.model.Environment;
import dev.meshcode.provider.Providers;
import dev.meshcode.resource.DesiredState;

/**
 * Everything a plan or an apply needs once the mesh validated: the chosen environment, the mesh
 * lowered for it, and its providers.
 */
record Prepared(
    ValidationReport validation,
    Environment environment,
    DesiredState desired,
    Providers providers) {}
