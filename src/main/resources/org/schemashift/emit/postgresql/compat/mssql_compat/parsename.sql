-- T-SQL PARSENAME(name, part): part 1 is the object, 2 its schema, 3 the database, 4 the server,
-- counted from the right. [ ] or " " delimit a part, which may then hold dots (]] and "" stand for
-- one bracket or quote). NULL for an absent or empty part, and for what is no 1- to 4-part name.
CREATE OR REPLACE FUNCTION mssql_compat.parsename(full_name text, part integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  parts text[] := '{}';
  rest text := full_name;
  m text[];
BEGIN
  IF full_name IS NULL OR part IS NULL THEN
    RETURN NULL;
  END IF;
  LOOP
    -- one part, then a dot or the end, then the rest
    m := regexp_match(rest, '^(\[(?:[^]]|\]\])*\]|"(?:[^"]|"")*"|[^.["]*)(\.?)(.*)$');
    IF m IS NULL OR (m[2] = '' AND m[3] <> '') THEN
      RETURN NULL;
    END IF;
    parts := parts || CASE left(m[1], 1)
      WHEN '[' THEN replace(substr(m[1], 2, length(m[1]) - 2), ']]', ']')
      WHEN '"' THEN replace(substr(m[1], 2, length(m[1]) - 2), '""', '"')
      ELSE m[1] END;
    EXIT WHEN m[2] = '';
    rest := m[3];
  END LOOP;
  IF cardinality(parts) > 4 OR part < 1 OR part > cardinality(parts) THEN
    RETURN NULL;
  END IF;
  RETURN nullif(parts[cardinality(parts) + 1 - part], '');
END;
$$;
