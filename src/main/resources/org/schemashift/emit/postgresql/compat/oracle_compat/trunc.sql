-- Oracle TRUNC(date, format): the date truncated to the unit of the format model (the Oracle
-- "ROUND and TRUNC Date Functions" table). Week formats: WW from January 1st, W from the 1st of
-- the month, IW from Monday, DAY/DY/D from Sunday (NLS_TERRITORY AMERICA).
CREATE OR REPLACE FUNCTION oracle_compat.trunc(d timestamp, fmt text DEFAULT 'DD') RETURNS timestamp
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  CASE upper(trim(fmt))
    WHEN 'CC', 'SCC' THEN RETURN date_trunc('century', d);
    WHEN 'SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y' THEN RETURN date_trunc('year', d);
    WHEN 'IYYY', 'IYY', 'IY', 'I' THEN
      RETURN date_trunc('week', make_timestamp(extract(isoyear FROM d)::int, 1, 4, 0, 0, 0));
    WHEN 'Q' THEN RETURN date_trunc('quarter', d);
    WHEN 'MONTH', 'MON', 'MM', 'RM' THEN RETURN date_trunc('month', d);
    WHEN 'WW' THEN RETURN date_trunc('day', d) - make_interval(days => (extract(doy FROM d)::int - 1) % 7);
    WHEN 'IW' THEN RETURN date_trunc('week', d);
    WHEN 'W' THEN RETURN date_trunc('day', d) - make_interval(days => (extract(day FROM d)::int - 1) % 7);
    WHEN 'DDD', 'DD', 'J' THEN RETURN date_trunc('day', d);
    WHEN 'DAY', 'DY', 'D' THEN RETURN date_trunc('day', d) - make_interval(days => extract(dow FROM d)::int);
    WHEN 'HH', 'HH12', 'HH24' THEN RETURN date_trunc('hour', d);
    WHEN 'MI' THEN RETURN date_trunc('minute', d);
    ELSE RAISE EXCEPTION 'date format not recognized: %', fmt USING ERRCODE = '22007';
  END CASE;
END
$$;
