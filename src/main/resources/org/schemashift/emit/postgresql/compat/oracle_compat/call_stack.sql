-- Oracle's DBMS_UTILITY.FORMAT_CALL_STACK for an expression: PL/pgSQL reads the call stack with
-- GET DIAGNOSTICS ... PG_CONTEXT, a statement. The first line is this function itself.
CREATE OR REPLACE FUNCTION oracle_compat.call_stack() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  stack text;
BEGIN
  GET DIAGNOSTICS stack = PG_CONTEXT;
  RETURN stack;
END;
$$;
