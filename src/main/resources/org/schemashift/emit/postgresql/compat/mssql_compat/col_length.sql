-- T-SQL COL_LENGTH over pg_attribute: the defined length in bytes of column col (compared without case, as SQL
-- Server compares names) of the relation numbered relation (as OBJECT_ID gives it), NULL when there is none, as SQL
-- Server gives it for the type the column was converted from: a fixed-size type its size, char(n) / varchar(n) n,
-- decimal(p,s) 5, 9, 13 or 17 bytes by p (SQL Server's storage sizes), a type without a bound in PostgreSQL (text,
-- bytea) -1, as SQL Server gives (max) types.
CREATE OR REPLACE FUNCTION mssql_compat.col_length(relation integer, col text)
RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN b.oid = 'pg_catalog.numeric'::regtype AND m.typmod >= 4
              THEN CASE WHEN (m.typmod - 4) >> 16 <= 9 THEN 5 WHEN (m.typmod - 4) >> 16 <= 19 THEN 9
                        WHEN (m.typmod - 4) >> 16 <= 28 THEN 13 ELSE 17 END
              WHEN b.typlen > 0 THEN b.typlen
              WHEN b.typcategory = 'S' AND m.typmod > 4 THEN m.typmod - 4
              ELSE -1 END
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END AS base,
                             CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod) m
  JOIN pg_catalog.pg_type b ON b.oid = m.base
  WHERE a.attrelid = relation::oid AND lower(a.attname) = lower(col) AND a.attnum > 0 AND NOT a.attisdropped
$$;
