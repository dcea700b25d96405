-- Prepared statements: a literal text and a user variable set once to literals joined with CONCAT are read as MySQL and converted (IFNULL, CONCAT, backticks), ? numbered $1, $2 in USING order; a prepared SELECT is a result set; a text built from a parameter runs as written, reviewed.
CREATE TABLE stock (id INT PRIMARY KEY, qty INT, label VARCHAR(40));
CREATE TABLE moves (id INT PRIMARY KEY AUTO_INCREMENT, note VARCHAR(60), amount INT);
DELIMITER //
CREATE PROCEDURE take(IN p_id INT, IN p_n INT)
BEGIN
  SET @change = CONCAT('UPDATE `stock` SET qty = GREATEST(qty - ?, 0) ', 'WHERE id = ?');
  PREPARE change_qty FROM @change;
  PREPARE log_it FROM 'INSERT INTO moves (note, amount) VALUES (CONCAT_WS('' '', ''took'', ?), IFNULL(?, 0))';
  SET @n = p_n;
  SET @id = p_id;
  EXECUTE change_qty USING @n, @id;
  EXECUTE log_it USING @id, @n;
  DEALLOCATE PREPARE change_qty;
  DEALLOCATE PREPARE log_it;
END //
CREATE PROCEDURE between_ids(IN p_low INT, IN p_high INT)
BEGIN
  PREPARE q FROM "SELECT label, IF(qty > 0, 'in stock', 'sold out') AS state FROM stock WHERE id BETWEEN ? AND ? LIMIT 10";
  SET @low = p_low, @high = p_high;
  EXECUTE q USING @low, @high;
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
