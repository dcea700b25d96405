-- Oracle's DELETE(low, high) (DELETE(i) is DELETE(i, i)) of a collection held as an array. An array has no gaps: in a
-- collection of rows (or of scalars held with its gaps, see with_gaps) a deleted element becomes NULL (which the methods
-- skip, see collection_key), so EXISTS(i) is false, COUNT drops and FIRST / NEXT pass it; in a collection of scalars, whose elements may be NULL themselves, only elements
-- at the end can go (the array is cut): deleting an inner one raises feature_not_supported rather than keep it. Indexes
-- outside the collection are ignored and a NULL bound deletes nothing, as in Oracle.
CREATE OR REPLACE FUNCTION oracle_compat.collection_delete(collection anyarray, low integer, high integer, rows_with_gaps boolean)
RETURNS anyarray LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  first integer;
  last integer;
BEGIN
  IF coalesce(cardinality(collection), 0) = 0 OR low IS NULL OR high IS NULL THEN
    RETURN collection;
  END IF;
  first := greatest(low, array_lower(collection, 1));
  last := least(high, array_upper(collection, 1));
  IF first > last THEN
    RETURN collection;
  END IF;
  IF rows_with_gaps THEN
    FOR i IN first .. last LOOP
      collection[i] := NULL;
    END LOOP;
    RETURN collection;
  END IF;
  IF last < array_upper(collection, 1) THEN
    RAISE feature_not_supported USING MESSAGE = 'DELETE(' || low || ', ' || high || ') would leave a gap in a collection held as an array';
  END IF;
  RETURN collection[:first - 1];
END
$$;
