-- An element of an Oracle associative array held as jsonb: NO_DATA_FOUND when the key is missing, as Oracle raises.
CREATE OR REPLACE FUNCTION oracle_compat.assoc_element(collection jsonb, key text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF collection IS NULL OR NOT collection ? key THEN
    RAISE no_data_found USING MESSAGE = 'no data found: key ' || coalesce(key, 'NULL');
  END IF;
  RETURN collection ->> key;
END
$$;
