-- Prepared statements: a literal text and a user variable set once to literals joined with CONCAT are read as MySQL and converted (IFNULL, CONCAT, backticks), ? numbered $1, $2 in USING order; a prepared SELECT is a result set; a text built from a parameter runs as written, reviewed.
CREATE TABLE stock (id INT PRIMARY KEY, qty INT, label VARCHAR(40));
CREATE TABLE moves (id INT PRIMARY KEY AUTO_INCREMENT, note VARCHAR(60), amount INT);
DELIMITER //
CREATE PROCEDURE take(IN p_id INT, IN p_n INT)
BEGIN
  SET @change = CONCAT('UPDATE `stock` SET qty = qty - ? ', 'WHERE id = ?');
  PREPARE s FROM @change;
  PREPARE note FROM 'INSERT INTO moves (note, amount) VALUES (CONCAT(''took '', ?), IFNULL(?, 0))';
  SET @n = p_n;
  SET @id = p_id;
  EXECUTE s USING @n, @id;
  EXECUTE note USING @id, @n;
  DEALLOCATE PREPARE s;
  DEALLOCATE PREPARE note;
END //
CREATE PROCEDURE above(IN p_min INT)
BEGIN
  PREPARE q FROM 'SELECT id, UPPER(label) AS label FROM stock WHERE qty > ? ORDER BY id';
  SET @min = p_min;
  EXECUTE q USING @min;
  DEALLOCATE PREPARE q;
END //
CREATE PROCEDURE run_text(IN p_sql VARCHAR(200))
BEGIN
  SET @q = p_sql;
  PREPARE s FROM @q;
  EXECUTE s;
  DEALLOCATE PREPARE s;
END //
DELIMITER ;
