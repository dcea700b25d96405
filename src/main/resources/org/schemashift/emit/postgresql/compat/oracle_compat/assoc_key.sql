-- Oracle's FIRST, LAST, NEXT(key) and PRIOR(key) of an associative array held as jsonb: keys in Oracle's order,
-- as numbers for an integer index, else as strings compared byte by byte; NULL when there is none.
CREATE OR REPLACE FUNCTION oracle_compat.assoc_key(collection jsonb, numeric_keys boolean, step text, key text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT k FROM jsonb_object_keys(collection) AS k
  WHERE CASE step
          WHEN 'NEXT' THEN CASE WHEN numeric_keys THEN k::numeric > key::numeric ELSE k COLLATE "C" > key COLLATE "C" END
          WHEN 'PRIOR' THEN CASE WHEN numeric_keys THEN k::numeric < key::numeric ELSE k COLLATE "C" < key COLLATE "C" END
          ELSE true
        END
  ORDER BY CASE WHEN numeric_keys AND step IN ('FIRST', 'NEXT') THEN k::numeric END,
           CASE WHEN numeric_keys AND step IN ('LAST', 'PRIOR') THEN k::numeric END DESC,
           CASE WHEN NOT numeric_keys AND step IN ('FIRST', 'NEXT') THEN k END COLLATE "C",
           CASE WHEN NOT numeric_keys AND step IN ('LAST', 'PRIOR') THEN k END COLLATE "C" DESC
  LIMIT 1
$$;
