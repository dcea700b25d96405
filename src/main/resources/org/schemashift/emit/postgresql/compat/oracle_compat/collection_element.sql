-- An element of an Oracle collection held as an array, read with Oracle's errors for a missing one (PL/SQL Language
-- Reference, "Collection Exceptions"): an index outside a nested table or VARRAY raises SUBSCRIPT_OUTSIDE_LIMIT (below 1)
-- or SUBSCRIPT_BEYOND_COUNT (above its count), both array_subscript_error here; a key an associative array (of rows,
-- by integers, held as an array whose gaps are NULL) lacks raises NO_DATA_FOUND, and so does a deleted element of a
-- collection of rows (a NULL inside the bounds). An uninitialised nested table or VARRAY (a NULL array) raises
-- COLLECTION_IS_NULL (SQLSTATE OC531, a code no PostgreSQL error has).
CREATE OR REPLACE FUNCTION oracle_compat.collection_element(collection anyarray, index integer, associative boolean, rows_with_gaps boolean)
RETURNS anyelement LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF collection IS NULL AND NOT associative THEN
    RAISE EXCEPTION USING ERRCODE = 'OC531', MESSAGE = 'Reference to uninitialized collection';
  END IF;
  IF index BETWEEN array_lower(collection, 1) AND array_upper(collection, 1)
     AND NOT (rows_with_gaps AND num_nulls(collection[index]) = 1) THEN
    RETURN collection[index];
  END IF;
  IF associative OR index BETWEEN array_lower(collection, 1) AND array_upper(collection, 1) THEN
    RAISE no_data_found USING MESSAGE = 'no data found: key ' || coalesce(index::text, 'NULL');
  END IF;
  RAISE array_subscript_error USING MESSAGE = CASE WHEN index < 1 THEN 'Subscript outside of limit' ELSE 'Subscript beyond count' END
    || ': ' || coalesce(index::text, 'NULL');
END
$$;
