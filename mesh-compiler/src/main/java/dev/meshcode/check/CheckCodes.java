package dev.meshcode.check;

/**
 * The stable diagnostic codes of the reference checks. Users search the documentation and waive
 * rules by these strings, so they never change once released.
 */
public final class CheckCodes {

  public static final String DUPLICATE_PRODUCT = "duplicate-product";
  public static final String DUPLICATE_DOMAIN = "duplicate-domain";
  public static final String DUPLICATE_POLICY = "duplicate-policy";
  public static final String DUPLICATE_RULE = "duplicate-rule";
  public static final String DUPLICATE_ENVIRONMENT = "duplicate-environment";
  public static final String DUPLICATE_TOPIC = "duplicate-topic";
  public static final String DUPLICATE_SUBJECT = "duplicate-subject";
  public static final String UNKNOWN_DOMAIN = "unknown-domain";
  public static final String UNKNOWN_OWNER = "unknown-owner";
  public static final String DANGLING_INPUT = "dangling-input";
  public static final String SELF_INPUT = "self-input";
  public static final String UNKNOWN_REPLACEMENT = "unknown-replacement";
  public static final String UNKNOWN_GRANT_DOMAIN = "unknown-grant-domain";
  public static final String UNKNOWN_CONSUMER_DOMAIN = "unknown-consumer-domain";
  public static final String RETIRED_INPUT = "retired-input";
  public static final String DEPRECATED_INPUT = "deprecated-input";
  public static final String SUNSET_WITHOUT_DEPRECATION = "sunset-without-deprecation";
  public static final String LINEAGE_CYCLE = "lineage-cycle";
  public static final String UNWRITABLE_TOPIC = "unwritable-topic";

  private CheckCodes() {}
}
