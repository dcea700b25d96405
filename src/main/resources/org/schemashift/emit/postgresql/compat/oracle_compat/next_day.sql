-- Oracle NEXT_DAY(d, day): the first date after d that falls on the named weekday, at d's time of
-- day. The day is an English name or its first three letters (NLS_DATE_LANGUAGE AMERICAN).
CREATE OR REPLACE FUNCTION oracle_compat.next_day(d timestamp, day text) RETURNS timestamp
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  target int := array_position(ARRAY['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], upper(left(trim(day), 3))) - 1;
BEGIN
  IF target IS NULL THEN
    RAISE EXCEPTION 'not a valid day of the week: %', day USING ERRCODE = '22023';
  END IF;
  RETURN d + make_interval(days => ((target - extract(dow FROM d)::int + 6) % 7) + 1);
END
$$;
