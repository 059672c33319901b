package dev.meshcode.maven;

import dev.meshcode.sandbox.ApicurioRelease;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The servers' artifacts, resolved through the project's repositories (and their mirrors) like any
 * dependency, so they are downloaded once into the local repository: Apicurio's {@code
 * -all.tar.gz}, and the Kafka broker's runtime classpath. The broker jars cannot come from the
 * plugin's own class realm, because Maven leaves out of it what its core exports (SLF4J 1.x), and
 * the broker needs the SLF4J 2 API that its logging binding was built for.
 */
final class SandboxArtifacts {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  SandboxArtifacts(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
  }

  Path apicurioTarball(ApicurioRelease release) throws ArtifactResolutionException {
    DefaultArtifact artifact =
        new DefaultArtifact(
            "io.apicurio", "apicurio-registry-app", "all", "tar.gz", release.version());
    ArtifactRequest request = new ArtifactRequest(artifact, repositories, null);
    return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
  }

  /**
   * The jars of {@code roots} (coordinates {@code groupId:artifactId:version}) and their runtime
   * dependencies.
   */
  List<Path> runtimeClasspath(List<String> roots) throws DependencyResolutionException {
    CollectRequest collect = new CollectRequest();
    roots.forEach(r -> collect.addDependency(new Dependency(new DefaultArtifact(r), "runtime")));
    repositories.forEach(collect::addRepository);
    DependencyRequest request = new DependencyRequest(collect, null);
    return system.resolveDependencies(session, request).getArtifactResults().stream()
        .map(ArtifactResult::getArtifact)
        .map(a -> a.getFile().toPath())
        .collect(Collectors.toList());
  }
}
