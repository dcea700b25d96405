-- MySQL JSON_PRETTY(doc): one element or member a line, two spaces an indentation level, an empty array or
-- object on one line ([] and {}). jsonb_pretty indents by four and opens an empty one on its own line; a
-- line break in its text is always layout (a string's own are escaped).
CREATE OR REPLACE FUNCTION mysql_compat.json_pretty(doc jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_agg(repeat(' ', (length(line) - length(ltrim(line))) / 2) || ltrim(line), E'\n' ORDER BY n)
    FROM unnest(string_to_array(regexp_replace(jsonb_pretty(doc), '([[{])\n *([]}])', '\1\2', 'g'), E'\n'))
      WITH ORDINALITY AS l(line, n)
$$;
