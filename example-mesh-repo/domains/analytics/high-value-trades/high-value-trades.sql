-- analytics.high-value-trades: trades worth 50,000 USD or more.
-- Input: stocktrades (stream over execution.stocktrades); price is in US cents.
CREATE STREAM IF NOT EXISTS high_value_trades
  WITH (KAFKA_TOPIC = 'analytics.high-value-trades', VALUE_FORMAT = 'AVRO', PARTITIONS = 3) AS
SELECT
  userid,
  side,
  quantity,
  symbol,
  price,
  account,
  CAST(quantity AS BIGINT) * price AS notional_cents,
  ts
FROM stocktrades
WHERE CAST(quantity AS BIGINT) * price >= 5000000
EMIT CHANGES;
