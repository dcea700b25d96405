-- Oracle SUBSTR(s, position[, length]): position 0 means 1, a negative position counts from the
-- end (beyond the start: NULL), a length below 1 gives NULL, and an empty result is NULL.
CREATE OR REPLACE FUNCTION oracle_compat.substr(s text, pos numeric) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN trunc(pos) < 0 AND -trunc(pos) > length(s) THEN NULL
    ELSE NULLIF(substr(s, CASE WHEN trunc(pos) > 0 THEN trunc(pos)::int WHEN trunc(pos) = 0 THEN 1
                               ELSE length(s) + trunc(pos)::int + 1 END), '')
  END
$$;
CREATE OR REPLACE FUNCTION oracle_compat.substr(s text, pos numeric, len numeric) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN trunc(len) < 1 THEN NULL
    WHEN trunc(pos) < 0 AND -trunc(pos) > length(s) THEN NULL
    ELSE NULLIF(substr(s, CASE WHEN trunc(pos) > 0 THEN trunc(pos)::int WHEN trunc(pos) = 0 THEN 1
                               ELSE length(s) + trunc(pos)::int + 1 END, trunc(len)::int), '')
  END
$$;
