-- The index of an element of an Oracle nested table or VARRAY (held as an array) that code writes to, checked as Oracle
-- checks it (PL/SQL Language Reference, "Collection Exceptions"): an uninitialised (atomically null) collection raises
-- COLLECTION_IS_NULL (SQLSTATE OC531: a code no
-- PostgreSQL error has), an index below 1 SUBSCRIPT_OUTSIDE_LIMIT, one past the count
-- SUBSCRIPT_BEYOND_COUNT (both array_subscript_error): PostgreSQL would extend the array instead. A deleted element of
-- a collection of rows (a NULL inside the bounds) may be written again, as in Oracle.
CREATE OR REPLACE FUNCTION oracle_compat.collection_index(collection anyarray, index integer)
RETURNS integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF collection IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'OC531', MESSAGE = 'Reference to uninitialized collection';
  END IF;
  IF index BETWEEN 1 AND coalesce(array_upper(collection, 1), 0) THEN
    RETURN index;
  END IF;
  RAISE array_subscript_error USING MESSAGE = CASE WHEN index < 1 THEN 'Subscript outside of limit' ELSE 'Subscript beyond count' END
    || ': ' || coalesce(index::text, 'NULL');
END
$$;
