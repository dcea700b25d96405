-- MySQL JSON_MERGE_PATCH(target, patch), RFC 7396: a patch that is no object replaces the target; an object
-- patch removes the members it sets to null and merges the others into the target's members (a target that is
-- no object counts as {}). NULL when the patch is NULL, or is an object and the target is NULL (MySQL WL#9692).
CREATE OR REPLACE FUNCTION mysql_compat.json_merge_patch(target jsonb, patch jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  merged jsonb;
BEGIN
  IF patch IS NULL OR jsonb_typeof(patch) <> 'object' THEN
    RETURN patch;
  END IF;
  IF target IS NULL THEN
    RETURN NULL;
  END IF;
  IF jsonb_typeof(target) <> 'object' THEN
    target := '{}';
  END IF;
  SELECT coalesce(jsonb_object_agg(m.key, m.value), '{}') INTO merged FROM (
    SELECT t.key, t.value FROM jsonb_each(target) t WHERE NOT patch ? t.key
    UNION ALL
    SELECT p.key, mysql_compat.json_merge_patch(coalesce(target -> p.key, 'null'), p.value)
      FROM jsonb_each(patch) p WHERE jsonb_typeof(p.value) <> 'null') m;
  RETURN merged;
END;
$$;
