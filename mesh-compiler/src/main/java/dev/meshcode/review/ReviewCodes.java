package dev.meshcode.review;

/**
 * The stable diagnostic codes of the review rules (documented in docs/diagnostics.md and
 * docs/review.md). Users search the documentation by these strings, so they never change.
 */
public final class ReviewCodes {

  public static final String BREAKING_SCHEMA_CHANGE = "breaking-schema-change";
  public static final String SCHEMA_CHANGE_UNJUDGED = "schema-change-unjudged";
  public static final String UPGRADE_ORDER = "schema-upgrade-order";
  public static final String REMOVED_WITHOUT_RETIREMENT = "lifecycle-removed-without-retirement";
  public static final String RETIRED_WITHOUT_DEPRECATION = "lifecycle-retired-without-deprecation";
  public static final String RETIRED_BEFORE_SUNSET = "lifecycle-retired-before-sunset";
  public static final String NEW_CONSUMER_ON_DEPRECATED = "lifecycle-new-consumer-on-deprecated";
  public static final String TOPIC_NAME = "immutable-topic-name";
  public static final String PARTITIONS = "immutable-partitions";
  public static final String REPLICATION_FACTOR = "immutable-replication-factor";
  public static final String KEY_SCHEMA = "immutable-key-schema";
  public static final String CLEANUP_POLICY = "immutable-cleanup-policy";

  private ReviewCodes() {}
}
