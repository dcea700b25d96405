-- An element stored in a nested table held with its gaps (see with_gaps): its value as jsonb, JSON null for a NULL
-- value, which an SQL NULL (a deleted element) must not be mistaken for.
CREATE OR REPLACE FUNCTION oracle_compat.gap_element(value anyelement)
RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(to_jsonb(value), 'null')
$$;
