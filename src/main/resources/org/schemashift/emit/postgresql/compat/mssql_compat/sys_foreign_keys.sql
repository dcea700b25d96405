-- T-SQL sys.foreign_keys over pg_constraint: object_id is the constraint's oid (as mssql_compat.sys_objects() gives
-- it), parent_object_id and referenced_object_id the tables' (as OBJECT_ID gives them), key_index_id the referenced
-- key's index (as mssql_compat.sys_indexes() numbers it); referential actions with SQL Server's codes (RESTRICT as
-- NO_ACTION); bit columns 0 or 1, dates NULL.
CREATE OR REPLACE FUNCTION mssql_compat.sys_foreign_keys()
RETURNS TABLE (name text, object_id integer, principal_id integer, schema_id integer, parent_object_id integer,
               type text, type_desc text, create_date timestamp, modify_date timestamp, is_ms_shipped integer,
               referenced_object_id integer, key_index_id integer, is_disabled integer, is_not_for_replication integer,
               is_not_trusted integer, delete_referential_action integer, delete_referential_action_desc text,
               update_referential_action integer, update_referential_action_desc text, is_system_named integer)
LANGUAGE sql STABLE AS $$
  SELECT k.conname::text, k.oid::integer, NULL::integer, k.connamespace::integer, k.conrelid::integer, 'F',
         'FOREIGN_KEY_CONSTRAINT', NULL::timestamp, NULL::timestamp, 0, k.confrelid::integer, k.conindid::integer, 0, 0,
         (NOT k.convalidated)::integer,
         CASE k.confdeltype WHEN 'c' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 3 ELSE 0 END,
         CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET_NULL' WHEN 'd' THEN 'SET_DEFAULT' ELSE 'NO_ACTION' END,
         CASE k.confupdtype WHEN 'c' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 3 ELSE 0 END,
         CASE k.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET_NULL' WHEN 'd' THEN 'SET_DEFAULT' ELSE 'NO_ACTION' END,
         0
  FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_namespace n ON n.oid = k.connamespace
  WHERE k.contype = 'f' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;
