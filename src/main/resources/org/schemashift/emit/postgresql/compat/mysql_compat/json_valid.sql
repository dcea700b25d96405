-- MySQL JSON_VALID(x): whether the text is one JSON document; NULL for NULL. PostgreSQL 15 has no IS JSON
-- and no cast that reports failure without raising, so the failed cast is caught here (to json, which checks
-- the syntax only: jsonb also refuses \u0000, which MySQL takes).
CREATE OR REPLACE FUNCTION mysql_compat.json_valid(doc text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  PERFORM CAST(doc AS json);
  RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
  RETURN false;
END;
$$;
