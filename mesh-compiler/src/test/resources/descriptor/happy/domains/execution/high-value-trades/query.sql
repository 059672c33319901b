INSERT INTO `trades.high-value` SELECT * FROM `execution.stocktrades.v1` WHERE price > 10000;
