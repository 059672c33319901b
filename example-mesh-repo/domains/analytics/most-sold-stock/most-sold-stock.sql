-- analytics.most-sold-stock: per one-minute window, the symbol with the most shares sold.
-- Input: `execution.stocktrades` (event time: ts). Window Top-N keeps one row per window.
INSERT INTO `analytics.most-sold-stock`
SELECT window_start, window_end, symbol, shares_sold
FROM (
  SELECT
    window_start,
    window_end,
    symbol,
    shares_sold,
    ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY shares_sold DESC) AS rownum
  FROM (
    SELECT window_start, window_end, symbol, SUM(CAST(quantity AS BIGINT)) AS shares_sold
    FROM TABLE(TUMBLE(TABLE `execution.stocktrades`, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
    WHERE side = 'SELL'
    GROUP BY window_start, window_end, symbol
  )
)
WHERE rownum = 1;
