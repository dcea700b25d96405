-- Reads element index of a nested table held with its gaps (see with_gaps), as text for the caller to cast to the
-- element type, with Oracle's errors ("Collection Exceptions", as collection_element): a deleted element raises
-- NO_DATA_FOUND, an index past the count SUBSCRIPT_BEYOND_COUNT and below 1 SUBSCRIPT_OUTSIDE_LIMIT (both
-- array_subscript_error), an uninitialised collection COLLECTION_IS_NULL (SQLSTATE OC531).
CREATE OR REPLACE FUNCTION oracle_compat.gap_value(collection jsonb[], index integer)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF collection IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'OC531', MESSAGE = 'Reference to uninitialized collection';
  END IF;
  IF NOT index BETWEEN 1 AND coalesce(array_upper(collection, 1), 0) OR index IS NULL THEN
    RAISE array_subscript_error USING MESSAGE = CASE WHEN index < 1 THEN 'Subscript outside of limit' ELSE 'Subscript beyond count' END
      || ': ' || coalesce(index::text, 'NULL');
  END IF;
  IF collection[index] IS NULL THEN
    RAISE no_data_found USING MESSAGE = 'no data found: element ' || index || ' was deleted';
  END IF;
  RETURN collection[index] #>> '{}';
END
$$;
