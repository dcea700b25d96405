-- MySQL JSON_SEARCH(doc, 'one' | 'all', pattern, escape, path...): the paths of the strings of doc that are LIKE
-- the pattern (case-sensitive: JSON strings have a binary collation), in document order; 'one' the first as a
-- JSON string, 'all' that string when there is one, an array of them when more, NULL when none. A key is
-- written bare when it is an identifier, else quoted ($.a, $."x y", $[0]). scopes, the paths given as a JSON
-- array of their steps, limits the search to the values under them; NULL searches the whole document.
CREATE OR REPLACE FUNCTION mysql_compat.json_search(doc jsonb, all_paths boolean, pattern text, escape_char text,
    scopes jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH RECURSIVE node(value, steps, path, place) AS (
    SELECT doc, ARRAY[]::text[], '$', ARRAY[]::bigint[]
    UNION ALL
    SELECT c.value, node.steps || c.step, node.path || c.label, node.place || c.n FROM node CROSS JOIN LATERAL (
      SELECT e.value, (e.n - 1)::text AS step, '[' || (e.n - 1) || ']' AS label, e.n
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(node.value) = 'array' THEN node.value END) WITH ORDINALITY e(value, n)
      UNION ALL
      SELECT o.value, o.key, '.' || CASE WHEN o.key ~ '^[A-Za-z_$][A-Za-z0-9_$]*$' THEN o.key ELSE to_jsonb(o.key)::text END, o.n
        FROM jsonb_each(CASE WHEN jsonb_typeof(node.value) = 'object' THEN node.value END) WITH ORDINALITY o(key, value, n)) c),
  found AS (
    SELECT path, place FROM node
     WHERE jsonb_typeof(value) = 'string' AND value #>> '{}' LIKE pattern ESCAPE coalesce(escape_char, '\')
       AND (scopes IS NULL OR EXISTS (SELECT FROM jsonb_array_elements(scopes) s(scope)
             WHERE steps[1:jsonb_array_length(scope)] = ARRAY(SELECT jsonb_array_elements_text(scope))))
     ORDER BY place LIMIT CASE WHEN all_paths THEN NULL ELSE 1 END)
  SELECT CASE WHEN count(*) = 1 THEN to_jsonb(min(path)) WHEN count(*) > 1 THEN jsonb_agg(to_jsonb(path) ORDER BY place) END
    FROM found WHERE doc IS NOT NULL AND pattern IS NOT NULL
$$;
