package dev.meshcode.provider.schemaregistry;

/**
 * What went wrong, independent of which server said it: Confluent's {@code error_code}s and
 * Apicurio's copies of them, HTTP statuses, and transport failures map onto these.
 */
public enum RegistryError {
  SUBJECT_NOT_FOUND,
  VERSION_NOT_FOUND,
  SCHEMA_NOT_FOUND,
  /** 409 (some servers send error_code 40901): the compatibility rule rejected the schema. */
  INCOMPATIBLE_SCHEMA,
  /** 42201: the registry cannot parse the schema (or a reference is missing). */
  INVALID_SCHEMA,
  /** 42203 or 42204: an invalid compatibility level or mode. */
  INVALID_SETTING,
  /** 42205: the subject or registry is in a mode that forbids the operation (READONLY). */
  OPERATION_NOT_PERMITTED,
  /** 401/403: credentials missing, wrong, or lacking the permission. */
  NOT_AUTHORIZED,
  /** A 404 without a registry error body: the base URL does not point at a registry API. */
  NOT_A_REGISTRY,
  /** 429 after every retry. */
  RATE_LIMITED,
  /** 5xx after every retry. */
  SERVER_ERROR,
  /** No HTTP answer after every retry: refused, reset, timed out, TLS failure. */
  UNREACHABLE,
  /** A 2xx whose body is not what the API documents. */
  PROTOCOL,
  OTHER;

  static RegistryError of(int status, int errorCode) {
    switch (errorCode) {
      case 40401:
        return SUBJECT_NOT_FOUND;
      case 40402:
        return VERSION_NOT_FOUND;
      case 40403:
        return SCHEMA_NOT_FOUND;
      case 409:
      case 40901:
        return INCOMPATIBLE_SCHEMA;
      case 42201:
        return INVALID_SCHEMA;
      case 42203:
      case 42204:
        return INVALID_SETTING;
      case 42205:
        return OPERATION_NOT_PERMITTED;
      default:
        return ofStatus(status);
    }
  }

  private static RegistryError ofStatus(int status) {
    if (status == 401 || status == 403) {
      return NOT_AUTHORIZED;
    }
    if (status == 409) {
      return INCOMPATIBLE_SCHEMA;
    }
    if (status == 429) {
      return RATE_LIMITED;
    }
    return status >= 500 ? SERVER_ERROR : OTHER;
  }
}
