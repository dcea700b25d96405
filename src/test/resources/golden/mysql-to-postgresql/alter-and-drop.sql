-- ALTER TABLE variants and DROP are replayed in order: the output is the schema the script leaves.
CREATE TABLE a (id INT PRIMARY KEY, old_name VARCHAR(10), gone INT, note TEXT);
CREATE TABLE b (id INT PRIMARY KEY, a_id INT);
CREATE TABLE scratch (x INT);
ALTER TABLE a ADD COLUMN added DATE AFTER id, DROP COLUMN gone, CHANGE old_name new_name VARCHAR(20) NOT NULL;
ALTER TABLE a MODIFY note VARCHAR(200) DEFAULT 'n/a' COMMENT 'a note';
ALTER TABLE a ALTER COLUMN note SET DEFAULT 'none';
ALTER TABLE a ADD UNIQUE KEY uq_new_name (new_name), ADD INDEX idx_added (added);
ALTER TABLE b ADD CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE SET NULL;
ALTER TABLE b ADD CONSTRAINT chk_b CHECK (a_id <> id);
ALTER TABLE a DROP INDEX idx_added;
ALTER TABLE a COMMENT = 'table a';
ALTER TABLE scratch RENAME TO kept;
DROP TABLE IF EXISTS never_created;
CREATE TABLE dropped (x INT);
DROP TABLE dropped;
ALTER TABLE missing ADD COLUMN x INT;
CREATE INDEX idx_b ON b (a_id);
DROP INDEX idx_b ON b;
