package dev.meshcode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI recipes in example-mesh-repo are valid YAML, are the ones docs/ci-recipes.md shows, and
 * name the files and properties the goals really use.
 */
class CiRecipesTest {

  private static final Path REPO = Path.of("..");
  private static final String GITHUB = "example-mesh-repo/.github/workflows/mesh.yml";
  private static final String GITLAB = "example-mesh-repo/.gitlab-ci.yml";

  @ParameterizedTest
  @ValueSource(strings = {GITHUB, GITLAB})
  void recipe_parsesAsYaml(String file) throws IOException {
    Object parsed = new Yaml().load(read(file));

    assertThat(parsed).isInstanceOf(Map.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {GITHUB, GITLAB})
  void recipe_isShownVerbatimInTheDocs(String file) throws IOException {
    assertThat(read("docs/ci-recipes.md")).contains("```yaml\n" + read(file) + "```\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {GITHUB, GITLAB})
  void recipe_namesTheFilesAndPropertiesOfTheGoals(String file) throws IOException {
    String recipe = read(file);

    assertThat(recipe)
        .contains("target/mesh/" + ReportFiles.SARIF)
        .contains("target/mesh/" + PlanFiles.JSON)
        .contains("mesh:validate mesh:plan mesh:codeowners")
        .contains("-Dmesh.codeowners.check=true")
        .contains("-Dmesh.environment=prod")
        .contains("-Dmesh.planFile=target/mesh/" + PlanFiles.JSON);
  }

  @Test
  void githubRecipe_appliesOneAtATimeAndReviewsWithHistory() throws IOException {
    Map<String, Object> jobs = map(new Yaml().<Map<String, Object>>load(read(GITHUB)).get("jobs"));
    Map<String, Object> apply = map(jobs.get("apply"));
    Map<String, Object> review = map(jobs.get("review"));

    assertThat(map(apply.get("concurrency")))
        .containsEntry("group", "mesh-apply-prod")
        .containsEntry("cancel-in-progress", false);
    List<?> steps = (List<?>) review.get("steps");
    assertThat(map(map(steps.get(0)).get("with"))).containsEntry("fetch-depth", 0);
  }

  @Test
  void gitlabRecipe_appliesOneAtATimeAndReviewsWithHistory() throws IOException {
    Map<String, Object> pipeline = new Yaml().load(read(GITLAB));

    assertThat(map(pipeline.get("variables"))).containsEntry("GIT_DEPTH", 0);
    assertThat(map(pipeline.get("apply"))).containsEntry("resource_group", "mesh-prod");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static String read(String file) throws IOException {
    return Files.readString(REPO.resolve(file), StandardCharsets.UTF_8);
  }
}
