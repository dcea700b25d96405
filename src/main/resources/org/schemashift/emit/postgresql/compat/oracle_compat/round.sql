-- Oracle ROUND(date, format): to the nearest unit of the format model — a year rounds up from
-- July 1st, a quarter from the 16th day of its second month, a month from the 16th, a day from
-- noon, an hour from minute 30, a minute from second 30 (the Oracle "ROUND and TRUNC Date
-- Functions" table). Other formats are refused rather than approximated.
CREATE OR REPLACE FUNCTION oracle_compat.round(d timestamp, fmt text DEFAULT 'DD') RETURNS timestamp
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  unit text;
  step interval;
  half interval;
  start timestamp;
BEGIN
  CASE upper(trim(fmt))
    WHEN 'SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y' THEN unit := 'year'; step := interval '1 year'; half := interval '6 months';
    WHEN 'Q' THEN unit := 'quarter'; step := interval '3 months'; half := interval '1 month 15 days';
    WHEN 'MONTH', 'MON', 'MM', 'RM' THEN unit := 'month'; step := interval '1 month'; half := interval '15 days';
    WHEN 'DDD', 'DD', 'J' THEN unit := 'day'; step := interval '1 day'; half := interval '12 hours';
    WHEN 'HH', 'HH12', 'HH24' THEN unit := 'hour'; step := interval '1 hour'; half := interval '30 minutes';
    WHEN 'MI' THEN unit := 'minute'; step := interval '1 minute'; half := interval '30 seconds';
    ELSE RAISE EXCEPTION 'date format not supported by oracle_compat.round: %', fmt USING ERRCODE = '22007';
  END CASE;
  start := date_trunc(unit, d);
  IF d >= start + half THEN
    RETURN start + step;
  END IF;
  RETURN start;
END
$$;
