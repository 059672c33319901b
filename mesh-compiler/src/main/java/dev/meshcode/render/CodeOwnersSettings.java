package dev.meshcode.render;

import dev.meshcode.diag.Diagnostic;
import dev.meshcode.diag.Diagnostics;
import dev.meshcode.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a CODEOWNERS file is written for one mesh.
 *
 * <p>Descriptor handles are {@code @team-name} (no organisation, see the Domain reference). On
 * GitHub a bare {@code @name} is a user; a team is {@code @org/team}. With an {@code organisation}
 * each bare handle {@code @t} becomes {@code @organisation/t}; without one, handles are written as
 * they are (a GitHub user, or a top-level GitLab group).
 *
 * @param repositoryPrefix the mesh root's folder inside the git repository ({@code
 *     example-mesh-repo/}), empty when the mesh is the repository root; CODEOWNERS paths are
 *     relative to the repository root
 * @param organisation GitHub organisation or GitLab group prefixed to bare handles
 * @param governanceOwners owners of {@code mesh.yaml}, policies and environments: handles ({@code
 *     @platform-team}, {@code @org/team}) or e-mail addresses. The Mesh descriptor has no such
 *     field, so the host passes them; empty leaves those files without owners (and says so)
 * @param regenerate the command a reader runs to regenerate the file, quoted in its header
 */
public record CodeOwnersSettings(
    String repositoryPrefix,
    Optional<String> organisation,
    List<String> governanceOwners,
    String regenerate) {

  private static final Pattern HANDLE =
      Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern ORGANISATION =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*");

  public CodeOwnersSettings {
    repositoryPrefix = normalisedPrefix(repositoryPrefix);
    organisation = organisation.map(String::strip).filter(o -> !o.isEmpty());
    organisation = organisation.map(o -> o.startsWith("@") ? o.substring(1) : o);
    governanceOwners =
        governanceOwners.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
  }

  /** Problems with the settings themselves; they come from the build, so they have no location. */
  public Diagnostics check() {
    List<Diagnostic> problems = new ArrayList<>();
    organisation
        .filter(o -> !ORGANISATION.matcher(o).matches())
        .ifPresent(
            o ->
                problems.add(
                    invalid(
                        "The CODEOWNERS organisation `" + o + "` is not an organisation name.",
                        "Set it to a GitHub organisation or GitLab group path, such as `acme`.")));
    for (String owner : governanceOwners) {
      if (!HANDLE.matcher(owner).matches() && !EMAIL.matcher(owner).matches()) {
        problems.add(
            invalid(
                "The governance owner `" + owner + "` is neither a handle nor an e-mail address.",
                "Write a team handle such as `@platform-team` or `@acme/platform-team`, or an"
                    + " e-mail address."));
      }
    }
    return Diagnostics.of(problems);
  }

  /** The owner as CODEOWNERS names it: a bare {@code @team} gains the organisation. */
  String owner(String handle) {
    if (handle.startsWith("@") && !handle.contains("/") && organisation.isPresent()) {
      return "@" + organisation.get() + "/" + handle.substring(1);
    }
    return handle;
  }

  private static Diagnostic invalid(String summary, String hint) {
    return new Diagnostic(
        Severity.ERROR, "codeowners-invalid-setting", summary, "", hint, Optional.empty());
  }

  private static String normalisedPrefix(String prefix) {
    String p = prefix.replace('\\', '/').strip();
    while (p.startsWith("/") || p.startsWith("./")) {
      p = p.substring(p.startsWith("/") ? 1 : 2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() || p.equals(".") ? "" : p + "/";
  }
}
