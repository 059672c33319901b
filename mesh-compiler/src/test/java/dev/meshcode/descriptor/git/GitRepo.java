package dev.meshcode.descriptor.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, driven through JGit's porcelain: files written,
 * committed on branches, with fixed authors and times so runs are repeatable.
 */
final class GitRepo implements AutoCloseable {

  private final Git git;
  private final Path dir;
  private Instant time = Instant.parse("2026-01-01T10:00:00Z");

  private GitRepo(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  static GitRepo init(Path dir) throws GitAPIException {
    return new GitRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
  }

  static GitRepo open(Path dir) throws IOException {
    return new GitRepo(Git.open(dir.toFile()), dir);
  }

  Git git() {
    return git;
  }

  Path dir() {
    return dir;
  }

  GitRepo write(String path, String text) throws IOException {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  GitRepo write(String path, byte[] bytes) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return this;
  }

  GitRepo delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  GitRepo move(String from, String to) throws IOException {
    Path target = dir.resolve(to);
    Files.createDirectories(target.getParent());
    Files.move(dir.resolve(from), target);
    return this;
  }

  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    time = time.plusSeconds(60);
    PersonIdent who = new PersonIdent("Mesh Tester", "tester@meshcode.dev", time, ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  GitRepo branch(String name) throws GitAPIException {
    git.checkout().setCreateBranch(true).setName(name).call();
    return this;
  }

  GitRepo checkout(String name) throws GitAPIException {
    git.checkout().setName(name).call();
    return this;
  }

  GitRepo orphan(String name) throws GitAPIException {
    git.checkout().setOrphan(true).setName(name).call();
    return this;
  }

  ObjectId resolve(String revision) throws IOException {
    return git.getRepository().resolve(revision);
  }

  @Override
  public void close() {
    git.close();
  }
}
