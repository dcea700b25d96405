-- Oracle ADD_MONTHS: the same day n months later; when d is the last day of its month, or the
-- target month is shorter, the last day of the target month. The time of day is kept; n is truncated.
CREATE OR REPLACE FUNCTION oracle_compat.add_months(d timestamp, n numeric) RETURNS timestamp
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN date_trunc('day', d) = date_trunc('month', d) + interval '1 month - 1 day'
      THEN date_trunc('month', d + make_interval(months => trunc(n)::int)) + interval '1 month - 1 day'
           + (d - date_trunc('day', d))
    ELSE d + make_interval(months => trunc(n)::int)
  END
$$;
