-- Oracle partitioning: RANGE, LIST and HASH become PostgreSQL declarative partitioning; INTERVAL,
-- subpartitions and keys without the partition columns stay unpartitioned with an action item.
CREATE TABLE sales (
  sale_id   NUMBER(12) NOT NULL,
  sold_on   DATE NOT NULL,
  amount    NUMBER(10,2),
  CONSTRAINT sales_pk PRIMARY KEY (sale_id, sold_on)
)
PARTITION BY RANGE (sold_on) (
  PARTITION sales_2023 VALUES LESS THAN (DATE '2024-01-01') TABLESPACE users,
  PARTITION sales_2024 VALUES LESS THAN (DATE '2025-01-01'),
  PARTITION sales_future VALUES LESS THAN (MAXVALUE)
);

CREATE TABLE customers_by_region (
  id      NUMBER(9) NOT NULL,
  region  VARCHAR2(10) NOT NULL
)
PARTITION BY LIST (region) (
  PARTITION east VALUES ('EAST', 'NORTH-EAST'),
  PARTITION west VALUES ('WEST'),
  PARTITION others VALUES (DEFAULT)
);

CREATE TABLE events (id NUMBER(18) PRIMARY KEY, payload CLOB)
PARTITION BY HASH (id) PARTITIONS 4;

CREATE TABLE readings (id NUMBER(18), taken DATE, CONSTRAINT readings_pk PRIMARY KEY (id))
PARTITION BY RANGE (taken) (PARTITION r0 VALUES LESS THAN (DATE '2020-01-01'));

CREATE TABLE audit_log (id NUMBER(18), at_time DATE)
PARTITION BY RANGE (at_time) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
(PARTITION p0 VALUES LESS THAN (DATE '2020-01-01'));
