-- Oracle's FIRST, LAST, NEXT(i) and PRIOR(i) of a collection of rows held as an array whose deleted elements are NULL
-- (a row that exists is never a NULL element, even with every field NULL): the nearest index holding an element, or NULL.
CREATE OR REPLACE FUNCTION oracle_compat.collection_key(collection anyarray, step text, index integer)
RETURNS integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  low integer := array_lower(collection, 1);
  high integer := array_upper(collection, 1);
  direction integer := CASE WHEN step IN ('FIRST', 'NEXT') THEN 1 ELSE -1 END;
  i integer;
BEGIN
  IF low IS NULL OR index IS NULL AND step IN ('NEXT', 'PRIOR') THEN
    RETURN NULL;
  END IF;
  i := CASE step WHEN 'FIRST' THEN low WHEN 'LAST' THEN high WHEN 'NEXT' THEN greatest(index + 1, low) ELSE least(index - 1, high) END;
  WHILE i BETWEEN low AND high LOOP
    IF num_nonnulls(collection[i]) = 1 THEN
      RETURN i;
    END IF;
    i := i + direction;
  END LOOP;
  RETURN NULL;
END
$$;
