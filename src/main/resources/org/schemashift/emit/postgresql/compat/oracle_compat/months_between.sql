-- Oracle MONTHS_BETWEEN(d1, d2): whole months when both days of month are equal or both are the
-- last day of their month; otherwise the difference in days (time included) over a 31-day month.
CREATE OR REPLACE FUNCTION oracle_compat.months_between(d1 timestamp, d2 timestamp) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN extract(day FROM d1) = extract(day FROM d2)
      OR (date_trunc('day', d1) = date_trunc('month', d1) + interval '1 month - 1 day'
          AND date_trunc('day', d2) = date_trunc('month', d2) + interval '1 month - 1 day')
      THEN (extract(year FROM d1) - extract(year FROM d2)) * 12 + extract(month FROM d1) - extract(month FROM d2)
    ELSE (extract(year FROM d1) - extract(year FROM d2)) * 12 + extract(month FROM d1) - extract(month FROM d2)
         + (extract(day FROM d1) - extract(day FROM d2)) / 31
         + (extract(epoch FROM d1 - date_trunc('day', d1)) - extract(epoch FROM d2 - date_trunc('day', d2))) / (86400 * 31)
  END
$$;
