package dev.meshcode.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code mesh:sandbox-start} and {@code mesh:sandbox-stop} share: where the sandbox lives. */
public abstract class AbstractSandboxMojo extends AbstractMeshMojo {

  /** The sandbox's data, logs and state files: {@code kafka/}, {@code registry/}. */
  @Parameter(
      property = "mesh.sandbox.directory",
      defaultValue = "${project.build.directory}/mesh-sandbox",
      required = true)
  protected File sandboxDirectory;

  protected SandboxLayout layout() {
    return new SandboxLayout(sandboxDirectory.toPath());
  }

  protected void info(List<String> lines) {
    lines.forEach(getLog()::info);
  }
}
