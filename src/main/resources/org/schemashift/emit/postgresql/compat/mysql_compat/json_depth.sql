-- MySQL JSON_DEPTH(doc): 1 for a scalar or an empty array or object, else 1 more than its deepest element.
CREATE OR REPLACE FUNCTION mysql_compat.json_depth(doc jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH RECURSIVE node(value, depth) AS (
    SELECT doc, 1
    UNION ALL
    SELECT e.value, node.depth + 1 FROM node CROSS JOIN LATERAL (
      SELECT value FROM jsonb_array_elements(CASE WHEN jsonb_typeof(node.value) = 'array' THEN node.value END)
      UNION ALL
      SELECT value FROM jsonb_each(CASE WHEN jsonb_typeof(node.value) = 'object' THEN node.value END)) e)
  SELECT max(depth) FROM node
$$;
