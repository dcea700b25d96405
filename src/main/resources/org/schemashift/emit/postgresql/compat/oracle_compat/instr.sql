-- Oracle INSTR(s, sub, position, occurrence): the position of the occurrence-th match of sub,
-- searching forward from position, or backward from the position counted from the end when it
-- is negative; 0 when not found or position is 0; an error for an occurrence below 1 (ORA-01428).
CREATE OR REPLACE FUNCTION oracle_compat.instr(s text, sub text, pos numeric, occurrence numeric DEFAULT 1) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  p int := trunc(pos);
  n int := trunc(occurrence);
  len int := length(sub);
  found int := 0;
  i int;
BEGIN
  IF n < 1 THEN
    RAISE EXCEPTION 'argument % is out of range', occurrence USING ERRCODE = '22003';
  END IF;
  IF p = 0 THEN
    RETURN 0;
  END IF;
  IF p > 0 THEN
    i := p;
    WHILE i <= length(s) - len + 1 LOOP
      IF substr(s, i, len) = sub THEN
        found := found + 1;
        IF found = n THEN RETURN i; END IF;
      END IF;
      i := i + 1;
    END LOOP;
  ELSE
    i := least(length(s) + p + 1, length(s) - len + 1);
    WHILE i >= 1 LOOP
      IF substr(s, i, len) = sub THEN
        found := found + 1;
        IF found = n THEN RETURN i; END IF;
      END IF;
      i := i - 1;
    END LOOP;
  END IF;
  RETURN 0;
END
$$;
