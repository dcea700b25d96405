-- Checks of oracle-logger's package, run by scripts/compare-plsql-with-ora2pg.sh against either
-- tool's output (see hr.sql for the format). The setup writes the preferences logger's installer
-- merges into logger_prefs (tables/logger_prefs.sql), at level DEBUG without call stacks.
INSERT INTO logger_prefs (pref_name, pref_value, pref_type) VALUES
    ('LEVEL', 'DEBUG', 'LOGGER'), ('INCLUDE_CALL_STACK', 'FALSE', 'LOGGER'), ('PROTECT_ADMIN_PROCS', 'TRUE', 'LOGGER'),
    ('PREF_BY_CLIENT_ID_EXPIRE_HOURS', '12', 'LOGGER'), ('PURGE_AFTER_DAYS', '7', 'LOGGER'),
    ('PURGE_MIN_LEVEL', 'DEBUG', 'LOGGER'), ('LOGGER_VERSION', '3.1.1', 'LOGGER'), ('PLUGIN_FN_ERROR', 'NONE', 'LOGGER'),
    ('LOGGER_DEBUG', 'FALSE', 'LOGGER'), ('INSTALL_SCHEMA', current_schema, 'LOGGER');

-- check: logger.log writes a DEBUG row (level 16)
CALL logger.log('hello from the check');
SELECT CASE WHEN count(*) = 1 THEN 'PASS' END FROM logger_logs WHERE text = 'hello from the check' AND logger_level = 16;

-- check: logger.log_error writes an ERROR row (level 2)
CALL logger.log_error('it broke');
-- (log_error appends two line feeds and the error stack, empty outside a handler, to the text)
SELECT CASE WHEN count(*) = 1 THEN 'PASS' END FROM logger_logs WHERE rtrim(text, chr(10)) = 'it broke' AND logger_level = 2;

-- check: logger.ok_to_log says DEBUG is logged at level DEBUG
SELECT CASE WHEN logger.ok_to_log('DEBUG') THEN 'PASS' END;

-- check: logger.log writes nothing at level ERROR
UPDATE logger_prefs SET pref_value = 'ERROR' WHERE pref_name = 'LEVEL';
CALL logger.log('not at this level');
SELECT CASE WHEN count(*) = 0 THEN 'PASS' END FROM logger_logs WHERE text = 'not at this level';
