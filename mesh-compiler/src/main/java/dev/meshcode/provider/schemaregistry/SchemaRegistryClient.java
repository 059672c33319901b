package dev.meshcode.provider.schemaregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshcode.model.Compatibility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Confluent Schema Registry API calls that plan and apply need. Thread-safe; concurrency is
 * bounded by {@link RegistrySettings#maxConcurrency()} however many threads call it.
 *
 * <p>"Not found" is an answer, not an error: reads return {@code Optional.empty()} for a missing
 * subject, version, schema, subject-level config or mode. Every other failure is a {@link
 * RegistryException} whose {@link RegistryError} says what kind it is. Lookup and register always
 * send {@code normalize=true}, so a re-formatted schema matches the version already registered
 * (Apicurio 2.6 would otherwise store it as a new version).
 */
public final class SchemaRegistryClient {

  /**
   * Error codes that mean "no such thing" in a 404 body (0: Apicurio 2.6's unset code). Not 404:
   * Confluent sends {@code error_code 404} for an unknown endpoint, i.e. a wrong base URL.
   */
  private static final Set<Integer> NOT_FOUND_CODES = Set.of(40401, 40402, 40403, 0);

  private final RegistryTransport transport;

  SchemaRegistryClient(RegistryTransport transport) {
    this.transport = transport;
  }

  public static SchemaRegistryClient create(RegistrySettings settings) {
    return new SchemaRegistryClient(new RegistryTransport(settings, RetryPolicy.Sleeper.real()));
  }

  /** Every live subject. */
  public List<String> subjects() {
    return RegistryJson.strings(get("/subjects"));
  }

  /**
   * Subjects starting with {@code prefix}; filtered here too, because Apicurio ignores {@code
   * subjectPrefix} and returns every subject.
   */
  public List<String> subjects(String prefix) {
    JsonNode all = get("/subjects?subjectPrefix=" + encode(prefix));
    return RegistryJson.strings(all).stream().filter(s -> s.startsWith(prefix)).toList();
  }

  /** The subject's version numbers; empty when the subject does not exist. */
  public Optional<List<Integer>> versions(String subject) {
    return getIfFound("/subjects/" + encode(subject) + "/versions").map(RegistryJson::integers);
  }

  public Optional<SubjectVersion> latest(String subject) {
    return version(subject, "latest");
  }

  public Optional<SubjectVersion> version(String subject, int version) {
    return version(subject, Integer.toString(version));
  }

  private Optional<SubjectVersion> version(String subject, String version) {
    return getIfFound("/subjects/" + encode(subject) + "/versions/" + version)
        .map(RegistryJson::subjectVersion);
  }

  /**
   * The version of {@code subject} equal to {@code schema} after normalisation (references and, on
   * Confluent, metadata and rule set included); empty when there is none or no subject.
   */
  public Optional<SubjectVersion> lookup(String subject, SchemaDefinition schema) {
    String path = "/subjects/" + encode(subject) + "?normalize=true";
    RegistryResponse r = send("POST", path, Optional.of(RegistryJson.schemaRequest(schema)));
    if (isNotFound(r)) {
      return Optional.empty();
    }
    return Optional.of(RegistryJson.subjectVersion(body("POST", path, r)));
  }

  /**
   * Registers {@code schema} under {@code subject} and returns its id; an equal schema already
   * registered returns its existing id. Its references must be registered first ({@link
   * ReferenceOrder}). Fails with {@link RegistryError#INCOMPATIBLE_SCHEMA} or {@link
   * RegistryError#INVALID_SCHEMA} when the registry refuses it.
   */
  public int register(String subject, SchemaDefinition schema) {
    String path = "/subjects/" + encode(subject) + "/versions?normalize=true";
    return RegistryJson.id(post(path, RegistryJson.schemaRequest(schema)));
  }

  /**
   * Would {@code schema} pass the subject's compatibility rule against its latest version? A
   * subject the registry does not know is compatible: Confluent and Apicurio 2.6 answer 404 there.
   * Under a {@code *_TRANSITIVE} level use {@link #checkCompatibilityWithAll}: this one only
   * compares with the latest version, so it can say "compatible" where registering would fail.
   */
  public CompatibilityVerdict checkCompatibility(String subject, SchemaDefinition schema) {
    return check("/compatibility/subjects/" + encode(subject) + "/versions/latest", schema);
  }

  /**
   * Would {@code schema} pass the subject's compatibility rule as registering applies it: against
   * every version under a transitive level, against the latest one otherwise.
   */
  public CompatibilityVerdict checkCompatibilityWithAll(String subject, SchemaDefinition schema) {
    return check("/compatibility/subjects/" + encode(subject) + "/versions", schema);
  }

  private CompatibilityVerdict check(String path, SchemaDefinition schema) {
    String verbose = path + "?verbose=true";
    RegistryResponse r = send("POST", verbose, Optional.of(RegistryJson.schemaRequest(schema)));
    if (isNotFound(r)) {
      return CompatibilityVerdict.newSubject();
    }
    return RegistryJson.verdict(body("POST", verbose, r));
  }

  /**
   * The compatibility level set on the subject itself; empty when none is set (Confluent 40408) or
   * the subject is unknown (Apicurio 3: 40401). Apicurio answers an unset level with its global
   * default instead, indistinguishable from an explicit one: compare against the desired level and
   * write only when it differs.
   */
  public Optional<Compatibility> subjectCompatibility(String subject) {
    RegistryResponse r = send("GET", "/config/" + encode(subject), Optional.empty());
    if (r.status() == 404 && (r.errorCode() == 40408 || isNotFound(r))) {
      return Optional.empty();
    }
    return Optional.of(RegistryJson.compatibility(body("GET", "/config/" + subject, r)));
  }

  /** The registry-wide level (Confluent's default is BACKWARD, Apicurio's NONE). */
  public Compatibility globalCompatibility() {
    return RegistryJson.compatibility(get("/config"));
  }

  /** Sets the subject's level; allowed before the subject's first registration. */
  public void setSubjectCompatibility(String subject, Compatibility level) {
    put("/config/" + encode(subject), RegistryJson.compatibilityRequest(level));
  }

  /**
   * Deletes a subject: soft (its versions leave listings), then with {@code permanent} hard (gone
   * for good; Confluent refuses a hard delete that was not preceded by a soft one). Returns the
   * deleted version numbers; empty when the subject did not exist.
   */
  public Optional<List<Integer>> deleteSubject(String subject, boolean permanent) {
    String path = "/subjects/" + encode(subject);
    RegistryResponse soft = send("DELETE", path, Optional.empty());
    boolean alreadySoftDeleted = soft.status() == 404 && soft.errorCode() == 40404;
    if (isNotFound(soft)) {
      return Optional.empty();
    }
    Optional<List<Integer>> versions =
        alreadySoftDeleted
            ? Optional.of(List.of())
            : Optional.of(RegistryJson.integers(body("DELETE", path, soft)));
    if (!permanent) {
      return versions;
    }
    String hard = path + "?permanent=true";
    List<Integer> gone =
        RegistryJson.integers(body("DELETE", hard, send("DELETE", hard, Optional.empty())));
    return Optional.of(gone);
  }

  /** The registry-wide mode; empty when the server has no mode API (Apicurio 2.x answers 404). */
  public Optional<RegistryMode> mode() {
    return getIfFound("/mode").map(RegistryJson::mode);
  }

  /** The subject's own mode; empty when none is set (40409) or the mode API is missing. */
  public Optional<RegistryMode> mode(String subject) {
    RegistryResponse r = send("GET", "/mode/" + encode(subject), Optional.empty());
    if (r.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(RegistryJson.mode(body("GET", "/mode/" + subject, r)));
  }

  private JsonNode get(String path) {
    return body("GET", path, send("GET", path, Optional.empty()));
  }

  private JsonNode post(String path, String json) {
    return body("POST", path, send("POST", path, Optional.of(json)));
  }

  private JsonNode put(String path, String json) {
    return body("PUT", path, send("PUT", path, Optional.of(json)));
  }

  private Optional<JsonNode> getIfFound(String path) {
    RegistryResponse r = send("GET", path, Optional.empty());
    return isNotFound(r) || (r.status() == 404 && path.startsWith("/mode"))
        ? Optional.empty()
        : Optional.of(body("GET", path, r));
  }

  private RegistryResponse send(String method, String path, Optional<String> json) {
    return transport.send(method, path, json);
  }

  /**
   * A registry's "no such subject/version/schema". A 404 without a registry error body is not one:
   * it means the base URL is wrong, and reading it as "nothing registered" would plan to create
   * everything.
   */
  private static boolean isNotFound(RegistryResponse r) {
    return r.status() == 404
        && r.errorBody().isPresent()
        && NOT_FOUND_CODES.contains(r.errorBody().get().path("error_code").asInt(0));
  }

  private static JsonNode body(String method, String path, RegistryResponse r) {
    if (!r.ok()) {
      throw failure(method + " " + path, r);
    }
    return RegistryJson.parse(r.body());
  }

  private static RegistryException failure(String call, RegistryResponse r) {
    if (r.status() == 404 && r.errorBody().isEmpty()) {
      return new RegistryException(
          RegistryError.NOT_A_REGISTRY,
          404,
          404,
          call
              + " failed: HTTP 404 without a Schema Registry error body; is the base URL the"
              + " registry API root (Apicurio: .../apis/ccompat/v7)?",
          null);
    }
    return RegistryException.http(call, r.status(), r.errorCode(), r.serverText());
  }

  /** A path segment: subjects may hold any character, including {@code /} and {@code :}. */
  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
