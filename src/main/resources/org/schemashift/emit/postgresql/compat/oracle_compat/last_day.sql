-- Oracle LAST_DAY: the last day of d's month, at d's time of day.
CREATE OR REPLACE FUNCTION oracle_compat.last_day(d timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT date_trunc('month', d) + interval '1 month - 1 day' + (d - date_trunc('day', d))
$$;
