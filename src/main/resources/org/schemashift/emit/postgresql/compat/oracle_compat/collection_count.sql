-- COUNT of an Oracle nested table or VARRAY held as an array (PL/SQL Language Reference, "Collection Methods"): the
-- number of elements; an uninitialised (atomically null) collection raises COLLECTION_IS_NULL (SQLSTATE OC531, a code no
-- PostgreSQL error has). Gaps of a collection of rows are NULL elements, which COUNT does not count.
CREATE OR REPLACE FUNCTION oracle_compat.collection_count(collection anyarray, rows_with_gaps boolean)
RETURNS integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF collection IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'OC531', MESSAGE = 'Reference to uninitialized collection';
  END IF;
  RETURN cardinality(collection) - CASE WHEN rows_with_gaps THEN cardinality(array_positions(collection, NULL)) ELSE 0 END;
END
$$;
