-- analytics.enriched-trades: each trade with the trader's home region.
-- Inputs: stocktrades (stream over execution.stocktrades) and users (table over edge.users,
-- keyed by userid). Only regionid is taken from users: the product carries no personal data.
CREATE STREAM IF NOT EXISTS enriched_trades
  WITH (KAFKA_TOPIC = 'analytics.enriched-trades', VALUE_FORMAT = 'AVRO', PARTITIONS = 12) AS
SELECT
  t.userid    AS userid,
  t.side      AS side,
  t.quantity  AS quantity,
  t.symbol    AS symbol,
  t.price     AS price,
  t.account   AS account,
  u.regionid  AS regionid,
  t.ts        AS ts
FROM stocktrades t
  LEFT JOIN users u ON t.userid = u.userid
EMIT CHANGES;
