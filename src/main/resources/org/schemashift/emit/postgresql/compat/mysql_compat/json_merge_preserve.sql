-- MySQL JSON_MERGE_PRESERVE(a, b) (and JSON_MERGE): two objects merge into one, the values of a key both have
-- merged in turn; anything else is the concatenation of two arrays, a value that is no array counting as an
-- array of itself. NULL when either is NULL.
CREATE OR REPLACE FUNCTION mysql_compat.json_merge_preserve(a jsonb, b jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  merged jsonb;
BEGIN
  IF jsonb_typeof(a) = 'object' AND jsonb_typeof(b) = 'object' THEN
    SELECT coalesce(jsonb_object_agg(k.key, CASE WHEN a ? k.key AND b ? k.key
        THEN mysql_compat.json_merge_preserve(a -> k.key, b -> k.key) ELSE coalesce(b -> k.key, a -> k.key) END), '{}')
      INTO merged FROM (SELECT jsonb_object_keys(a) UNION SELECT jsonb_object_keys(b)) AS k(key);
    RETURN merged;
  END IF;
  RETURN CASE WHEN jsonb_typeof(a) = 'array' THEN a ELSE jsonb_build_array(a) END
      || CASE WHEN jsonb_typeof(b) = 'array' THEN b ELSE jsonb_build_array(b) END;
END;
$$;
